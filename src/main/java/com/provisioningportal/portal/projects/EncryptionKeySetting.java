package com.provisioningportal.portal.projects;

import java.util.Base64;
import java.util.Optional;

import com.provisioningportal.portal.RequiredSetting;

/** {@code PORTAL_ENCRYPTION_KEY}: 32 random bytes, base64, that encrypt stored credentials and secrets. */
public final class EncryptionKeySetting implements RequiredSetting {

	@Override
	public String property() {
		return "portal.encryption-key";
	}

	@Override
	public String variable() {
		return "PORTAL_ENCRYPTION_KEY";
	}

	@Override
	public String expected() {
		return "32 random bytes in base64, e.g. the output of: openssl rand -base64 32";
	}

	@Override
	public Optional<String> problem(String value) {
		try {
			int length = Base64.getDecoder().decode(value).length;
			return (length == 32) ? Optional.empty() : Optional.of("it decodes to " + length + " bytes, not 32");
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("it is not base64");
		}
	}

	static byte[] decode(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("PORTAL_ENCRYPTION_KEY is not set");
		}
		byte[] key = Base64.getDecoder().decode(value.trim());
		if (key.length != 32) {
			throw new IllegalStateException("PORTAL_ENCRYPTION_KEY must decode to 32 bytes");
		}
		return key;
	}

}
