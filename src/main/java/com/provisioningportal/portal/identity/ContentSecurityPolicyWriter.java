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
		return String.join("; ", "default-src 'self'", directive("script-src", extra.scriptSrc()), "style-src 'self'",
				"img-src 'self' data:", "font-src 'self'", directive("connect-src", extra.connectSrc()),
				directive("frame-src", extra.frameSrc()), directive("form-action", extra.formAction()), "frame-ancestors 'none'",
				"base-uri 'self'", "object-src 'none'");
	}

	private static String directive(String name, List<String> extra) {
		Set<String> sources = new LinkedHashSet<>();
		sources.add("'self'");
		sources.addAll(extra);
		return name + " " + String.join(" ", sources);
	}

	private record Matched(PathPatternRequestMatcher matcher, PagePolicy policy) {

	}

}
