package com.provisioningportal.sandbox;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifiers shaped like Sinch's and Meta's (from the reference's examples). */
final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final Pattern UUID_FORMAT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private Ids() {
	}

	static String uuid() {
		return UUID.randomUUID().toString();
	}

	/** Webhook and SMS app ids are 32 lower-case hex characters, bundle ids 24. */
	static String hex(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(Character.forDigit(RANDOM.nextInt(16), 16));
		}
		return id.toString();
	}

	static boolean isHex(String id, int length) {
		return id != null && id.length() == length && id.chars().allMatch(c -> Character.digit(c, 16) >= 0
				&& !Character.isUpperCase(c));
	}

	/** Conversation app ids and callback nonces are 26-character ULID-like strings. */
	static String ulid() {
		StringBuilder id = new StringBuilder(26);
		for (int i = 0; i < 26; i++) {
			id.append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
		}
		return id.toString();
	}

	/** Meta ids (WABA, phone number, template) are numeric strings. */
	static String numeric(int length) {
		StringBuilder id = new StringBuilder(length);
		id.append(1 + RANDOM.nextInt(9));
		for (int i = 1; i < length; i++) {
			id.append(RANDOM.nextInt(10));
		}
		return id.toString();
	}

	static String secret() {
		return hex(40);
	}

}
