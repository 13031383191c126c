package com.provisioningportal.portal.projects;

import java.net.URI;
import java.util.Optional;

import com.provisioningportal.portal.RequiredSetting;

/**
 * {@code PORTAL_PUBLIC_URL}: where Sinch, Meta and customers reach the portal (callback targets, redirect URIs,
 * customer links). Outside dev mode it must be https.
 */
public final class PublicUrlSetting implements RequiredSetting {

	@Override
	public String property() {
		return "portal.public-url";
	}

	@Override
	public String variable() {
		return "PORTAL_PUBLIC_URL";
	}

	@Override
	public String expected() {
		return "the portal's public https address, e.g. https://portal.example.com";
	}

	@Override
	public Optional<String> problem(String value) {
		try {
			URI uri = URI.create(value);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				return Optional.of("it must be an https:// address");
			}
			if (uri.getQuery() != null || uri.getFragment() != null) {
				return Optional.of("it must not have a query or fragment");
			}
			return Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("it is not a URL");
		}
	}

}
