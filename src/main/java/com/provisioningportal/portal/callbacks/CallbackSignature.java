package com.provisioningportal.portal.callbacks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sinch's callback signature: base64 of HMAC-SHA256, keyed with the webhook's secret, over the raw body, a dot, the
 * nonce, a dot and the timestamp (the scheme Sinch documents for the Conversation API, whose headers the
 * Provisioning API shares). Written by hand because no library implements it; the comparison is constant-time.
 */
final class CallbackSignature {

	static final String ALGORITHM = "HmacSHA256";

	private CallbackSignature() {
	}

	static boolean matches(String secret, byte[] rawBody, String nonce, String timestamp, String signature) {
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature.trim());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(compute(secret, rawBody, nonce, timestamp), given);
	}

	static byte[] compute(String secret, byte[] rawBody, String nonce, String timestamp) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			ByteArrayOutputStream signed = new ByteArrayOutputStream(rawBody.length + 64);
			signed.writeBytes(rawBody);
			signed.writeBytes(("." + nonce + "." + timestamp).getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(signed.toByteArray());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
