package com.provisioningportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client credentials from an HTTP Basic header. RFC 6749 (2.3.1) has clients form-URL-encode the id and secret
 * before Base64 (Spring Security does), while Sinch's examples send them raw ({@code curl -u}); both are accepted.
 */
record Credentials(String id, String secret) {

	static Credentials fromBasic(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		int colon = decoded.indexOf(':');
		return colon < 0 ? null : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
	}

	boolean matches(String keyId, String keySecret) {
		return (id.equals(keyId) && secret.equals(keySecret))
				|| (formDecode(id).equals(keyId) && formDecode(secret).equals(keySecret));
	}

	private static String formDecode(String value) {
		try {
			return SandboxRequest.decode(value);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}

}
