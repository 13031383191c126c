package com.provisioningportal.portal.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The one definition of the bytes an audit row's hash covers (documented in docs/audit.md, "Canonical form").
 * <p>
 * A row renders as a JSON array: the version tag, then every {@link AuditContent} field in declaration order.
 * Timestamps are UTC, truncated to microseconds, as {@code 2026-11-28T16:55:27.123456Z}; absent values are
 * {@code null}; JSON values are re-rendered from their parsed form with object keys sorted (Java string order),
 * numbers as plain decimals without trailing zeros, strings escaping only {@code "}, {@code \} and characters
 * below U+0020 (as {@code \}{@code u00xx}). So {@code jsonb}'s own key order, spacing and escapes never matter.
 * The hash is SHA-256 over the previous row's 32-byte hash followed by the UTF-8 bytes of that text; the first
 * row's previous hash is 32 zero bytes.
 */
final class CanonicalForm {

	static final String VERSION = "portal-audit-v1";

	static final byte[] GENESIS = new byte[32];

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private CanonicalForm() {
	}

	static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	static String render(AuditContent content) {
		StringBuilder out = new StringBuilder(512);
		out.append('[');
		string(out, VERSION);
		out.append(',');
		string(out, TIMESTAMP.format(truncate(content.occurredAt())));
		for (String text : new String[] { content.actor(), content.actorRoles(), content.clientIp(), content.userAgent(),
				content.action(), content.projectId(), content.resourceType(), content.resourceId(),
				content.phase().name(), content.correlationId().toString() }) {
			out.append(',');
			string(out, text);
		}
		for (JsonNode json : new JsonNode[] { content.request(), content.before(), content.after() }) {
			out.append(',');
			json(out, json);
		}
		out.append(',').append((content.upstreamStatus() != null) ? content.upstreamStatus().toString() : "null");
		out.append(',');
		string(out, content.upstreamErrorCode());
		out.append(',');
		string(out, content.detail());
		return out.append(']').toString();
	}

	static byte[] hash(byte[] prevHash, AuditContent content) {
		MessageDigest sha256 = sha256();
		sha256.update(prevHash);
		sha256.update(render(content).getBytes(StandardCharsets.UTF_8));
		return sha256.digest();
	}

	/** A JSON value in canonical text, also what is handed to PostgreSQL for a {@code jsonb} column. */
	static @Nullable String json(@Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		json(out, node);
		return out.toString();
	}

	/** Text as a JSON string literal, escaped as in the canonical form. */
	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2);
		string(out, text);
		return out.toString();
	}

	static String hex(byte[] bytes) {
		char[] chars = new char[bytes.length * 2];
		for (int i = 0; i < bytes.length; i++) {
			chars[i * 2] = HEX[(bytes[i] >> 4) & 0xf];
			chars[i * 2 + 1] = HEX[bytes[i] & 0xf];
		}
		return new String(chars);
	}

	private static void json(StringBuilder out, @Nullable JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			out.append("null");
		}
		else if (node.isObject()) {
			List<String> names = new ArrayList<>(node.propertyNames());
			Collections.sort(names);
			out.append('{');
			for (int i = 0; i < names.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				string(out, names.get(i));
				out.append(':');
				json(out, node.get(names.get(i)));
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				json(out, node.get(i));
			}
			out.append(']');
		}
		else if (node.isNumber()) {
			out.append(number(node.decimalValue()));
		}
		else if (node.isBoolean()) {
			out.append(node.booleanValue());
		}
		else {
			string(out, node.asString());
		}
	}

	private static String number(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	private static void string(StringBuilder out, @Nullable String text) {
		if (text == null) {
			out.append("null");
			return;
		}
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
			else {
				out.append(c);
			}
		}
		out.append('"');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
