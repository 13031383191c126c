package com.provisioningportal.portal.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditValuesTests {

	@Test
	void secretNamesAreRecognisedInAnySpelling() {
		for (String name : new String[] { "secret", "password", "token", "formToken", "bearerToken", "keySecret", "accessToken",
				"appSecret", "clientSecret", "client_secret", "KEY-SECRET", "refresh_token", "apiKey", "Authorization" }) {
			assertThat(AuditValues.isSecretName(name)).as(name).isTrue();
		}
		for (String name : new String[] { "name", "projectId", "target", "keyId", "phoneNumber" }) {
			assertThat(AuditValues.isSecretName(name)).as(name).isFalse();
		}
	}

	@Test
	void textIsMadeStorableAndCutWithoutSplittingACharacter() {
		assertThat(AuditValues.text("a\u0000b", 10)).isEqualTo("a\uFFFDb");
		assertThat(AuditValues.text("x\ud83d", 10)).isEqualTo("x\uFFFD");
		assertThat(AuditValues.text("ab\ud83d\ude00", 3)).isEqualTo("ab");
	}

}
