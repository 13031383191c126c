package com.provisioningportal.portal.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

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
	static Optional<MessageSourceResolvable> problem(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of(Messages.of("password.policy.too-short", MIN_LENGTH));
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Messages.of("password.policy.too-long", MAX_BYTES));
		}
		if (password.isBlank()) {
			return Optional.of(Messages.of("password.policy.blank"));
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of(Messages.of("password.policy.user-name"));
		}
		if (password.chars().distinct().count() < 4) {
			return Optional.of(Messages.of("password.policy.too-simple"));
		}
		return Optional.empty();
	}

}
