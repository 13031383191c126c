package com.provisioningportal.portal.gateway;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SinchApiExceptionTests {

	@Test
	void aPapiErrorReadsAsMessageResolutionAndCode() {
		var refused = new SinchApiException("p", 400, "invalid_otp_code", "Invalid OTP code.", "Request a new code.", Map.of(), "x");

		assertThat(refused.explanation()).isEqualTo("Invalid OTP code. Request a new code. (invalid_otp_code)");
	}

	@Test
	void anAnswerThatWasNotAPapiErrorNeverShowsAMissingCode() {
		var refused = new SinchApiException("p", 403, null, "Sinch answered HTTP 403 without an error description (text/html)",
				null, Map.of(), "x");

		assertThat(refused.explanation()).isEqualTo("Sinch answered HTTP 403 without an error description (text/html)")
			.doesNotContain("null");
	}

}
