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
 * (the first matching {@link PagePolicy}); nothing is loosened for other pages.
 */
class ContentSecurityPolicyWriter implements HeaderWriter {

	private static final String HEADER = "Content-Security-Policy";

	private static final List<String> SELF = List.of("'self'");

	/** What every page may show as an image (the strict policy's {@code img-src}). */
	private static final List<String> IMAGES = List.of("'self'", "data:");

	private final List<Matched> policies = new ArrayList<>();

	ContentSecurityPolicyWriter(List<PagePolicies> contributions) {
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
		response.setHeader(HEADER, policyFor(extra));
	}

	static String policyFor(PagePolicy extra) {
		if (extra == null) {
			return SecurityConfiguration.CONTENT_SECURITY_POLICY;
		}
		return String.join("; ", "default-src 'self'", directive("script-src", SELF, extra.scriptSrc()), "style-src 'self'",
				directive("img-src", IMAGES, extra.imgSrc()), "font-src 'self'",
				directive("connect-src", SELF, extra.connectSrc()), directive("frame-src", SELF, extra.frameSrc()),
				directive("form-action", SELF, extra.formAction()), "frame-ancestors 'none'", "base-uri 'self'",
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
