package com.provisioningportal.portal.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and authenticator apps use them: HMAC-SHA-1 over the
 * number of 30-second steps since the epoch, truncated to 6 digits. Written on the JDK's HMAC because the algorithm
 * is a dozen lines and every TOTP library would be one more dependency to keep patched for those lines.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** Steps either side of now whose codes are still accepted, for a phone whose clock is a little off. */
	static final int DRIFT_STEPS = 1;

	/** 160 bits, the HMAC-SHA-1 key length RFC 4226 recommends. */
	static final int KEY_BYTES = 20;

	private static final String HMAC = "HmacSHA1";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static byte[] newKey() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return key;
	}

	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The code of one time step, {@code digits} long with leading zeros (RFC 4226 section 5.3). */
	static String code(byte[] key, long step, int digits) {
		byte[] hash;
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key, HMAC));
			hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has " + HMAC, ex);
		}
		int offset = hash[hash.length - 1] & 0x0f;
		long binary = ((hash[offset] & 0x7fL) << 24) | ((hash[offset + 1] & 0xffL) << 16)
				| ((hash[offset + 2] & 0xffL) << 8) | (hash[offset + 3] & 0xffL);
		long otp = binary % (long) Math.pow(10, digits);
		return String.format("%0" + digits + "d", otp);
	}

	/** The step near {@code now} (within {@link #DRIFT_STEPS}) whose code this is, if any. */
	static OptionalLong matchingStep(byte[] key, String code, Instant now) {
		byte[] given = code.getBytes(StandardCharsets.US_ASCII);
		long current = step(now);
		for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
			// Compared in constant time, so the response time says nothing about how many digits were right.
			if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII), given)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

}
