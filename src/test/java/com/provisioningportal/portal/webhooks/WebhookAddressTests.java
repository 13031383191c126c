package com.provisioningportal.portal.webhooks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses a webhook may call, in production and in dev mode. */
class WebhookAddressTests {

	private final WebhookAddress production = new WebhookAddress(false);

	private final WebhookAddress devMode = new WebhookAddress(true);

	@Test
	void httpsAddressesAreFineEverywhere() {
		assertThat(production.problem("https://hooks.example.com/sinch?customer=1")).isEmpty();
		assertThat(devMode.problem("https://hooks.example.com/sinch")).isEmpty();
	}

	@Test
	void plainHttpIsOnlyForThisMachineInDevMode() {
		assertThat(devMode.problem("http://localhost:9000/hook")).isEmpty();
		assertThat(devMode.problem("http://127.0.0.1:9000/hook")).isEmpty();
		assertThat(devMode.problem("http://[::1]:9000/hook")).isEmpty();
		assertThat(devMode.problem("http://hooks.example.com/hook")).hasValueSatisfying(
				problem -> assertThat(problem).contains("http:// works only for localhost in dev mode"));
		assertThat(production.problem("http://hooks.example.com/hook")).hasValueSatisfying(
				problem -> assertThat(problem).startsWith("Use an https:// address"));
	}

	@Test
	void aHostWithoutItsDomainIsRefusedAsSinchRefusesItButAnIpAddressIsNot() {
		assertThat(production.problem("https://localhost/hook")).hasValueSatisfying(
				problem -> assertThat(problem).contains("use the whole name, such as hooks.example.com"));
		assertThat(production.problem("https://intranet:8443/hook")).isPresent();
		assertThat(production.problem("https://hooks.example.123/hook")).isPresent();
		assertThat(production.problem("https://203.0.113.7/hook")).isEmpty();
		assertThat(production.problem("https://hooks.xn--p1ai/hook")).isEmpty();
		assertThat(devMode.problem("https://localhost:9443/hook")).isEmpty();
	}

	@Test
	void anAddressIsAtMost742Characters() {
		String prefix = "https://hooks.example.com/";
		assertThat(production.problem(prefix + "a".repeat(742 - prefix.length()))).isEmpty();
		assertThat(production.problem(prefix + "a".repeat(743 - prefix.length()))).hasValueSatisfying(
				problem -> assertThat(problem).contains("at most 742 characters"));
	}

	@Test
	void relativeOrOtherSchemesOrCredentialsAreRefused() {
		assertThat(production.problem("/callbacks")).isPresent();
		assertThat(production.problem("ftp://hooks.example.com/x")).isPresent();
		assertThat(production.problem("https:///no-host")).isPresent();
		assertThat(production.problem("https://user:secret@hooks.example.com/x")).hasValueSatisfying(
				problem -> assertThat(problem).doesNotContain("secret@"));
		assertThat(production.problem(null)).isPresent();
		assertThat(production.problem("   ")).isPresent();
	}

}
