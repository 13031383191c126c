package com.provisioningportal.portal.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a chosen password must be: long rather than complicated (NIST SP 800-63B), and not the user name.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	/** bcrypt reads no more than 72 bytes, and Spring Security refuses a longer password rather than cut it. */
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** Why the password is not acceptable, or empty when it is. */
	static Optional<String> problem(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("Use at most " + MAX_BYTES + " bytes: " + MAX_BYTES
					+ " letters without accents, fewer with accents or emoji.");
		}
		if (password.isBlank()) {
			return Optional.of("Use something other than spaces.");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("Do not include the user name.");
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of("Use more than three different characters.");
		}
		return Optional.empty();
	}

}
