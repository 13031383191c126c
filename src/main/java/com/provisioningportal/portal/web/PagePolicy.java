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
 */
public record PagePolicy(String pathPattern, List<String> scriptSrc, List<String> frameSrc, List<String> connectSrc,
		List<String> formAction) {

	public PagePolicy {
		scriptSrc = List.copyOf(scriptSrc);
		frameSrc = List.copyOf(frameSrc);
		connectSrc = List.copyOf(connectSrc);
		formAction = List.copyOf(formAction);
	}

}
