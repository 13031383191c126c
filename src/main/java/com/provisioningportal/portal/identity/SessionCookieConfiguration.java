package com.provisioningportal.portal.identity;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, stated once so every environment (embedded server, tests) sends the same one: not readable
 * by scripts, not sent on cross-site requests, and Secure: always when the portal's public address is https
 * (a proxy whose forwarded headers are not trusted must not turn it off), else whenever the request arrived over
 * HTTPS.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	static final String COOKIE_NAME = "PORTAL_SESSION";

	@Bean
	CookieSerializer sessionCookie(@Value("${portal.public-url:}") String publicUrl) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		if (isHttps(publicUrl)) {
			cookie.setUseSecureCookie(true);
		}
		cookie.setCookieName(COOKIE_NAME);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		cookie.setCookiePath("/");
		return cookie;
	}

	static boolean isHttps(String publicUrl) {
		return publicUrl.trim().toLowerCase(Locale.ROOT).startsWith("https://");
	}

}
