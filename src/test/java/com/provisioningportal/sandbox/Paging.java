package com.provisioningportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * Sinch's token paging: {@code pageSize} and an opaque {@code pageToken} in, {@code totalSize},
 * {@code pageSize} (the size requested, or the default, as published; not the items on this page), {@code previousPageToken?}, {@code nextPageToken?} and the items out.
 */
final class Paging {

	private static final String TOKEN_PREFIX = "offset:";

	private Paging() {
	}

	static ObjectNode page(SandboxRequest request, List<ObjectNode> items, String itemsKey, int maxSize,
			int defaultSize) {
		int size = pageSize(request.queryParam("pageSize"), maxSize, defaultSize);
		int offset = offset(request.queryParam("pageToken"), items.size());
		List<ObjectNode> page = items.subList(offset, Math.min(items.size(), offset + size));
		ObjectNode envelope = Json.object();
		envelope.put("totalSize", items.size());
		envelope.put("pageSize", size);
		if (offset > 0) {
			envelope.put("previousPageToken", token(Math.max(0, offset - size)));
		}
		if (offset + size < items.size()) {
			envelope.put("nextPageToken", token(offset + size));
		}
		page.forEach(envelope.withArray(itemsKey)::add);
		return envelope;
	}

	private static int pageSize(String value, int maxSize, int defaultSize) {
		if (value == null) {
			return defaultSize;
		}
		int size;
		try {
			size = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new PapiException(400, "invalid_page_size", "Page size must be numeric.",
					"Use a integer value for pageSize parameter.");
		}
		if (size < 1 || size > maxSize) {
			throw new PapiException(400, "invalid_page_size", "Invalid page size.",
					"Use a pageSize between 1 and " + maxSize + ".");
		}
		return size;
	}

	private static int offset(String token, int total) {
		if (token == null || token.isEmpty()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			if (decoded.startsWith(TOKEN_PREFIX)) {
				int offset = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
				if (offset >= 0 && offset <= total) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new PapiException(400, "invalid_page_token", "Invalid page token.",
				"The page token to use is provided in the previous query response, for new queries simply leave this field undefined.");
	}

	private static String token(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

}
