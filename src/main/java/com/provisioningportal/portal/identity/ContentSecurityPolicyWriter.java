package com.provisioningportal.portal.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.web.PagePolicies;
import com.provisioningportal.portal.web.PagePolicy;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Writes the strict policy on every response, with the additions a feature declared for the path of this one
 * (the first matching {@link PagePolicy}); nothing is loosened for other pages, except that every page's sign-out
 * form may be redirected to the single sign-on provider.
 */
class ContentSecurityPolicyWriter implements HeaderWriter {

	private static final String HEADER = "Content-Security-Policy";

	private static final List<String> SELF = List.of("'self'");

	/** What every page may show as an image (the strict policy's {@code img-src}). */
	private static final List<String> IMAGES = List.of("'self'", "data:");

	private final List<Matched> policies = new ArrayList<>();

	private final List<String> signOutOrigins;

	ContentSecurityPolicyWriter(List<PagePolicies> contributions, List<String> signOutOrigins) {
		this.signOutOrigins = List.copyOf(signOutOrigins);
		contributions.forEach(contribution -> contribution.policies()
			.forEach(policy -> policies
				.add(new Matched(PathPatternRequestMatcher.withDefaults().matcher(policy.pathPattern()), policy))));
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (response.containsHeader(HEADER)) {
			return;
		}
		PagePolicy extra = policies.stream()
			.filter(candidate -> candidate.matcher().matches(request))
			.map(Matched::policy)
			.findFirst()
			.orElse(null);
		response.setHeader(HEADER, policyFor(extra, signOutOrigins));
	}

	static String policyFor(PagePolicy extra) {
		return policyFor(extra, List.of());
	}

	static String policyFor(PagePolicy extra, List<String> signOutOrigins) {
		if (extra == null && signOutOrigins.isEmpty()) {
			return SecurityConfiguration.CONTENT_SECURITY_POLICY;
		}
		PagePolicy page = (extra != null) ? extra : new PagePolicy("/**", List.of(), List.of(), List.of(), List.of());
		List<String> formAction = new ArrayList<>(page.formAction());
		formAction.addAll(signOutOrigins);
		return String.join("; ", "default-src 'self'", directive("script-src", SELF, page.scriptSrc()), "style-src 'self'",
				directive("img-src", IMAGES, page.imgSrc()), "font-src 'self'",
				directive("connect-src", SELF, page.connectSrc()), directive("frame-src", SELF, page.frameSrc()),
				directive("form-action", SELF, formAction), "frame-ancestors 'none'", "base-uri 'self'",
				"object-src 'none'");
	}

	private static String directive(String name, List<String> strict, List<String> extra) {
		Set<String> sources = new LinkedHashSet<>(strict);
		sources.addAll(extra);
		return name + " " + String.join(" ", sources);
	}

	private record Matched(PathPatternRequestMatcher matcher, PagePolicy policy) {

	}

}
