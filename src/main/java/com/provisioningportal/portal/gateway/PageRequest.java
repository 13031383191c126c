package com.provisioningportal.portal.gateway;

/**
 * Which page of a Sinch list to fetch.
 *
 * @param pageToken Sinch's opaque token from a previous page, or {@code null} (or blank, as a page link sends it)
 * for the first page
 * @param pageSize how many items, or {@code null} for Sinch's default (bounds differ per list)
 */
public record PageRequest(String pageToken, Integer pageSize) {

	public PageRequest {
		pageToken = (pageToken == null || pageToken.isBlank()) ? null : pageToken;
	}

	public static PageRequest first() {
		return new PageRequest(null, null);
	}

	public static PageRequest first(int pageSize) {
		return new PageRequest(null, pageSize);
	}

	public PageRequest next(String nextPageToken) {
		return new PageRequest(nextPageToken, pageSize);
	}

}
