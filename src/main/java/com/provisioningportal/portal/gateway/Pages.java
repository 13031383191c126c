package com.provisioningportal.portal.gateway;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a Sinch list page by page along {@code nextPageToken}. The stream is lazy and holds one page at a time,
 * so a caller that stops early (e.g. {@code limit}, {@code findFirst}) fetches no further pages.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * @param first the request for the first page (its page size is kept for the following pages)
	 * @param fetch one gateway list call, e.g. {@code request -> webhooks.listWebhooks(projectId, request)}
	 */
	public static <T> Stream<T> all(PageRequest first, Function<PageRequest, Page<T>> fetch) {
		Iterator<T> items = new Iterator<>() {

			private PageRequest nextRequest = first;

			private Iterator<T> current = Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!current.hasNext() && nextRequest != null) {
					Page<T> page = fetch.apply(nextRequest);
					nextRequest = page.hasNext() ? nextRequest.next(page.nextPageToken()) : null;
					current = page.items().iterator();
				}
				return current.hasNext();
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return current.next();
			}

		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
	}

}
