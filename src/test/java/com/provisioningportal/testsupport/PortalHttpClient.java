package com.provisioningportal.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client that keeps cookies like a browser without JavaScript, for tests against a running portal. */
public final class PortalHttpClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public PortalHttpClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String token = csrfToken(get("/login").body());
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a form as the page {@code page} would: its fields plus the page's CSRF token. */
	public HttpResponse<String> postForm(String path, String page, Map<String, String> fields)
			throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder("_csrf=").append(encode(csrfToken(page)));
		fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfToken(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
