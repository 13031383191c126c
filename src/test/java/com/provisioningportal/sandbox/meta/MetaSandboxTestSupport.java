package com.provisioningportal.sandbox.meta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.testsupport.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/** One Meta sandbox per test class on random ports, with a clock the tests move; reset before every test. */
abstract class MetaSandboxTestSupport {

	static final String VERSION = "v25.0";

	static final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));

	/** Never follows redirects, so tests see Meta's 302 back to the portal. */
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static MetaSandbox meta;

	@BeforeAll
	static void startSandbox() {
		meta = MetaSandbox.start(MetaSandboxOptions.forTests(clock));
	}

	@AfterAll
	static void stopSandbox() {
		meta.close();
	}

	@BeforeEach
	void resetSandbox() {
		meta.reset();
	}

	record Reply(int status, HttpHeaders headers, String body) {

		JsonNode json() {
			return Json.read(body);
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		JsonNode error() {
			return json().path("error");
		}

	}

	static Reply get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	static Reply postForm(String url, Map<String, String> form) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(query(form))));
	}

	/** {@code name=value&...}, URL-encoded, in the order given. */
	static String query(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	static Map<String, String> parameters(String... namesAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

	static Reply exchange(Map<String, String> parameters) {
		return get(meta.graphUrl() + "/" + VERSION + "/oauth/access_token?" + query(parameters));
	}

	/** The code exchange as Meta documents it for the SDK's codes: no redirect_uri. */
	static Reply exchange(String code) {
		return exchange(parameters("client_id", meta.app().id(), "client_secret", meta.app().secret(), "code", code));
	}

	static String extras() {
		return """
				{"setup": {"solutionID": "%s"}, "featureType": "", "sessionInfoVersion": "3", "version": "v4"}
				""".formatted(meta.app().solutionId()).trim();
	}

	/** The dialog's hidden launch id, read from its page. */
	static String launchId(String page) {
		Matcher matcher = Pattern.compile("name=\"launch\" value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("No launch id in " + page);
		}
		return matcher.group(1);
	}

	static Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
