package com.provisioningportal.portal.whatsapp.signup;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The cookie that binds the redirect flow's state to the browser that left for Meta's dialog: it holds a random
 * value whose hash the attempt keeps, so a dialog address handed to someone else brings their answer back without
 * it. HttpOnly, Path=/ and SameSite=Lax, so it comes back on Meta's top-level redirect; one per state, so two flows
 * in one browser do not displace each other.
 */
@Component
class BrowserBinding {

	private static final String NAME = "portal-signup-";

	/**
	 * Browsers refuse a {@code __Host-} cookie that is not Secure, and a Secure one over plain http (dev mode on a
	 * host name). So the cookie is Secure, and only then named {@code __Host-} (which no other host can set or
	 * shadow), by the same setting that makes the session cookie Secure: an https public address, or a request that
	 * came over HTTPS.
	 */
	private final boolean httpsAddress;

	BrowserBinding(@Value("${portal.public-url:}") String publicUrl) {
		this.httpsAddress = publicUrl.trim().toLowerCase(Locale.ROOT).startsWith("https://");
	}

	void remember(String state, String browserKey, HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(state, browserKey, request)
			.maxAge(SignupAttempts.STATE_LIFETIME)
			.build()
			.toString());
	}

	/** The value this browser was given for {@code state}; null when it holds none. */
	String browserKey(String state, HttpServletRequest request) {
		if (state == null || state.isBlank() || state.length() > 100 || request.getCookies() == null) {
			return null;
		}
		String name = name(state, request);
		return Arrays.stream(request.getCookies())
			.filter(cookie -> cookie.getName().equals(name))
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
	}

	void forget(String state, HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(state, "", request).maxAge(0).build().toString());
	}

	private ResponseCookie.ResponseCookieBuilder cookie(String state, String value, HttpServletRequest request) {
		return ResponseCookie.from(name(state, request), value)
			.secure(secure(request))
			.httpOnly(true)
			.sameSite("Lax")
			.path("/");
	}

	/** Named after a part of the state's hash: the state itself is in the dialog's address and Meta's logs. */
	private String name(String state, HttpServletRequest request) {
		String name = NAME + SignupStore.hash(state).substring(0, 16);
		return secure(request) ? "__Host-" + name : name;
	}

	private boolean secure(HttpServletRequest request) {
		return httpsAddress || request.isSecure();
	}

}
