package com.provisioningportal.portal.gateway.transport;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry decision as a table: status × errorCode × method (× whether it is a repeat) → verdict. */
class RetryPolicyTests {

	@ParameterizedTest(name = "{0} {1} {2} after retry={3} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# method | status | errorCode                                  | after retry | verdict
			GET      | 500    | internal_error                             | false       | RETRY
			DELETE   | 503    | -                                          | false       | RETRY
			POST     | 500    | internal_error                             | false       | FAIL
			PATCH    | 502    | -                                          | false       | FAIL
			POST     | 500    | facebook_Request_limit_reached             | false       | FAIL
			GET      | 429    | -                                          | false       | RETRY
			POST     | 429    | -                                          | false       | RETRY
			PATCH    | 429    | whatsapp_business_api_request_limit_exceeded | false     | RETRY
			DELETE   | 429    | whatsapp_business_api_request_limit_exceeded | false     | RETRY
			POST     | 429    | too_many_requests                          | false       | RETRY
			POST     | 429    | sender-already-registered                  | false       | FAIL
			POST     | 429    | too_many_invalid_verification_codes        | false       | FAIL
			POST     | 429    | sender-register-too-many-requests          | false       | FAIL
			GET      | 429    | sender-already-registered                  | false       | FAIL
			GET      | 404    | sender_not_found                           | false       | FAIL
			DELETE   | 404    | webhook_not_found                          | false       | FAIL
			DELETE   | 404    | webhook_not_found                          | true        | DONE
			GET      | 404    | sender_not_found                           | true        | FAIL
			GET      | 400    | invalid_input                              | false       | FAIL
			POST     | 409    | webhook_exists                             | false       | FAIL
			DELETE   | 409    | sender_already_deleted                     | false       | FAIL
			POST     | 424    | webhook_limit_reached                      | false       | FAIL
			GET      | 401    | unauthorized_error                         | false       | FAIL
			""")
	void answers(HttpMethod method, int status, String errorCode, boolean afterRetry, RetryPolicy.Verdict verdict) {
		String body = (errorCode != null)
				? "{\"errorCode\":\"" + errorCode + "\",\"message\":\"m\",\"resolution\":\"r\"}" : "<html>proxy</html>";
		RawResponse response = new RawResponse(status, HttpHeaders.EMPTY, body.getBytes(StandardCharsets.UTF_8));
		Failure failure = Failure.of(response, new JsonCodec().readError(response.body()), afterRetry);
		assertThat(RetryPolicy.decide(method, failure.kind())).isEqualTo(verdict);
	}

	@ParameterizedTest(name = "{0} 401 with WWW-Authenticate \"{1}\" -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | Bearer error="invalid_token", error_description="Jwt expired" | RENEW_TOKEN
			POST   | Bearer error="invalid_token", error_description="The token EXPIRED" | RENEW_TOKEN
			PATCH  | Bearer error="invalid_token", error_description="Jwt expired" | RENEW_TOKEN
			POST   | Bearer error="invalid_token"                                   | FAIL
			""")
	void unauthorizedAnswers(HttpMethod method, String wwwAuthenticate, RetryPolicy.Verdict verdict) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("WWW-Authenticate", wwwAuthenticate);
		Failure failure = Failure.of(new RawResponse(401, headers, new byte[0]), null, false);
		assertThat(RetryPolicy.decide(method, failure.kind())).isEqualTo(verdict);
	}

	@ParameterizedTest(name = "{0} after {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | connection refused | RETRY
			DELETE | connection refused | RETRY
			POST   | connection refused | RETRY
			PATCH  | connection refused | RETRY
			GET    | read timeout       | RETRY
			DELETE | read timeout       | RETRY
			POST   | read timeout       | FAIL
			PATCH  | read timeout       | FAIL
			POST   | unknown host       | RETRY
			""")
	void noAnswer(HttpMethod method, String what, RetryPolicy.Verdict verdict) {
		Throwable cause = switch (what) {
			case "connection refused" -> new RuntimeException(new java.net.ConnectException("Connection refused"));
			case "unknown host" -> new RuntimeException(new java.net.UnknownHostException("nowhere"));
			default -> new RuntimeException(new java.util.concurrent.TimeoutException("read timeout"));
		};
		assertThat(RetryPolicy.decide(method, Failure.of(cause).kind())).isEqualTo(verdict);
	}

}
