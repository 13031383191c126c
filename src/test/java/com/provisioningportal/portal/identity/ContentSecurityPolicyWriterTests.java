package com.provisioningportal.portal.identity;

import java.util.List;

import com.provisioningportal.portal.web.PagePolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's additions are added to the strict policy's directives, and to no other. */
class ContentSecurityPolicyWriterTests {

	@Test
	void imageSourcesAreAddedToWhatEveryPageMayShowAndNothingElseIsLoosened() {
		String policy = ContentSecurityPolicyWriter.policyFor(PagePolicy.images("/previews/**", List.of("https:")));

		assertThat(policy).contains("img-src 'self' data: https:;", "script-src 'self';", "connect-src 'self';",
				"form-action 'self';", "frame-ancestors 'none'");
	}

	@Test
	void aPolicyWithoutImageSourcesKeepsTheStrictOnesImages() {
		String policy = ContentSecurityPolicyWriter.policyFor(new PagePolicy("/sdk/**", List.of("https://sdk.example.com"),
				List.of(), List.of(), List.of()));

		assertThat(policy).contains("script-src 'self' https://sdk.example.com;", "img-src 'self' data:;")
			.doesNotContain("https:;");
		assertThat(ContentSecurityPolicyWriter.policyFor(null)).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.contains("img-src 'self' data:;");
	}

	@Test
	void everyPagesFormsMayBeRedirectedToTheSignOnProviderAndNothingElseIsLoosened() {
		List<String> provider = List.of("https://id.example.test");

		assertThat(ContentSecurityPolicyWriter.policyFor(null, provider))
			.contains("form-action 'self' https://id.example.test;", "script-src 'self';", "img-src 'self' data:;");
		assertThat(ContentSecurityPolicyWriter.policyFor(PagePolicy.images("/previews/**", List.of("https:")), provider))
			.contains("form-action 'self' https://id.example.test;", "img-src 'self' data: https:;");
	}

}
