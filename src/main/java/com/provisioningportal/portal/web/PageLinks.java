package com.provisioningportal.portal.web;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;

/** The links to a list's next and previous pages, as the paging fragment shows them. */
public final class PageLinks {

	private PageLinks() {
	}

	/**
	 * Puts {@code nextUrl} and {@code previousUrl} in the model. There is a previous page from the second page on;
	 * when Sinch gives no token for it, it is the first page ({@code urlFor} is then asked with an empty token).
	 *
	 * @param pageToken the token of the page shown, null or blank on the first
	 * @param urlFor the address of the list with the same filters at a page token
	 */
	public static void add(Model model, @Nullable String pageToken, @Nullable String nextToken,
			@Nullable String previousToken, Function<String, String> urlFor) {
		model.addAttribute("nextUrl", (nextToken == null) ? null : urlFor.apply(nextToken));
		model.addAttribute("previousUrl", (pageToken == null || pageToken.isBlank()) ? null
				: urlFor.apply((previousToken != null) ? previousToken : ""));
	}

}
