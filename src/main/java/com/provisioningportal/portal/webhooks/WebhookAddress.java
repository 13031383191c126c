package com.provisioningportal.portal.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which addresses a webhook may call: absolute https URLs Sinch accepts (at most 742 characters), and in dev mode
 * also http on this machine, where the sandbox delivers.
 */
@Component
class WebhookAddress {

	static final int MAX_LENGTH = 742;

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	private static final Pattern IP_V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("(?i)[a-z\\u00a1-\\uffff]{2,}|xn--[a-z0-9-]+");

	private final boolean devMode;

	WebhookAddress(@Value("${portal.dev-mode:false}") boolean devMode) {
		this.devMode = devMode;
	}

	/** What is wrong with the address, in words for the page, or empty when Sinch may call it. */
	Optional<String> problem(String target) {
		if (target == null || target.isBlank()) {
			return Optional.of("Enter the address Sinch should call, such as https://hooks.example.com/sinch.");
		}
		if (target.length() > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters: Sinch accepts no longer address (this one has "
					+ target.length() + ").");
		}
		URI uri;
		try {
			uri = new URI(target);
		}
		catch (URISyntaxException ex) {
			return Optional.of("Enter a whole address without spaces, such as https://hooks.example.com/sinch.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			return Optional.of("Enter a whole address starting with https://, such as https://hooks.example.com/sinch.");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("Leave the user name and password out of the address: Sinch signs each call with the "
					+ "webhook's secret instead.");
		}
		boolean local = devMode && LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
		if (!local && !hasTopLevelDomainOrIsIp(uri.getHost())) {
			return Optional.of("Sinch refuses a host name without its domain: use the whole name, such as "
					+ "hooks.example.com.");
		}
		if (scheme.equals("http") && !local) {
			return Optional.of(devMode ? "Use an https:// address; http:// works only for localhost in dev mode."
					: "Use an https:// address: Sinch's calls carry your customers' data and must be encrypted.");
		}
		return Optional.empty();
	}

	/** As Sinch checks targets: an IP address, or a name whose last label is a top-level domain. */
	private static boolean hasTopLevelDomainOrIsIp(String host) {
		if (host.startsWith("[") || IP_V4.matcher(host).matches()) {
			return true;
		}
		int dot = host.lastIndexOf('.');
		return dot > 0 && TOP_LEVEL_DOMAIN.matcher(host.substring(dot + 1)).matches();
	}

}
