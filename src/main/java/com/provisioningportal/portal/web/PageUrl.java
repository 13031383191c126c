package com.provisioningportal.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A link to a page with query parameters, e.g. the next page of a list. Every value is encoded strictly as a
 * template variable, never expanded as part of the template: a filter someone typed or Sinch's page token may hold
 * braces, {@code +} or {@code &}, and they reach the page as they were.
 */
public final class PageUrl {

	private final UriComponentsBuilder url;

	private final List<Object> values = new ArrayList<>();

	private PageUrl(String pathTemplate, Object[] pathVariables) {
		this.url = UriComponentsBuilder.fromPath(pathTemplate);
		values.addAll(List.of(pathVariables));
	}

	/** The page at {@code pathTemplate}, e.g. {@code /projects/{projectId}/webhooks}, its variables in order. */
	public static PageUrl of(String pathTemplate, Object... pathVariables) {
		return new PageUrl(pathTemplate, pathVariables);
	}

	/** Adds {@code name=value}; a null or empty value adds nothing. */
	public PageUrl param(String name, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			url.queryParam(name, "{value" + values.size() + "}");
			values.add(value);
		}
		return this;
	}

	/** Adds {@code name=value} once per value, in order. */
	public PageUrl params(String name, List<String> each) {
		each.forEach(value -> param(name, value));
		return this;
	}

	@Override
	public String toString() {
		return url.encode().buildAndExpand(values.toArray()).toUriString();
	}

}
