package com.provisioningportal.portal.web;

import java.util.List;

/**
 * What the pages under one path may load from outside the portal, added to the strict Content-Security-Policy for
 * those pages only (Spring's {@code PathPattern} syntax). A feature that embeds a third party's script, such as Meta's
 * SDK for Embedded Signup, contributes one through {@link PagePolicies} instead of loosening every page.
 *
 * @param scriptSrc extra origins for {@code script-src}
 * @param frameSrc extra origins for {@code frame-src} (popups and iframes the script opens)
 * @param connectSrc extra origins for {@code connect-src}
 * @param formAction extra origins forms (and their redirects) may go to
 * @param imgSrc extra sources for {@code img-src}, such as a preview of images the person links to
 */
public record PagePolicy(String pathPattern, List<String> scriptSrc, List<String> frameSrc, List<String> connectSrc,
		List<String> formAction, List<String> imgSrc) {

	public PagePolicy {
		scriptSrc = List.copyOf(scriptSrc);
		frameSrc = List.copyOf(frameSrc);
		connectSrc = List.copyOf(connectSrc);
		formAction = List.copyOf(formAction);
		imgSrc = List.copyOf(imgSrc);
	}

	/** A policy that loads no images from outside. */
	public PagePolicy(String pathPattern, List<String> scriptSrc, List<String> frameSrc, List<String> connectSrc,
			List<String> formAction) {
		this(pathPattern, scriptSrc, frameSrc, connectSrc, formAction, List.of());
	}

	/** A policy that only adds image sources. */
	public static PagePolicy images(String pathPattern, List<String> imgSrc) {
		return new PagePolicy(pathPattern, List.of(), List.of(), List.of(), List.of(), imgSrc);
	}

}
