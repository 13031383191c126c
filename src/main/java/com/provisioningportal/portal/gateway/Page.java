package com.provisioningportal.portal.gateway;

import java.util.List;

/**
 * One page of a Sinch list.
 *
 * @param items this page's items
 * @param totalSize how many items the whole list has
 * @param pageSize the page size Sinch used
 * @param nextPageToken token of the next page, {@code null} on the last page
 * @param previousPageToken token of the previous page, {@code null} on the first page
 */
public record Page<T>(List<T> items, int totalSize, int pageSize, String nextPageToken, String previousPageToken) {

	public Page {
		items = List.copyOf(items);
	}

	public boolean hasNext() {
		return nextPageToken != null && !nextPageToken.isEmpty();
	}

}
