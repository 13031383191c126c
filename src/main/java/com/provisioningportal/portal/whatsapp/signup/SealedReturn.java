package com.provisioningportal.portal.whatsapp.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * The page to return to after Meta's redirect, kept with the attempt but encrypted (AES-256-GCM) under a key derived
 * from the value only the browser's cookie holds: a customer's page names their link's token, which the portal
 * otherwise keeps only as a hash, so neither the session nor the database alone can give it back.
 */
final class SealedReturn {

	private SealedReturn() {
	}

	static String seal(String browserKey, String path) {
		return Base64.getEncoder().encodeToString(encryptor(browserKey).encrypt(path.getBytes(StandardCharsets.UTF_8)));
	}

	/** Empty when there is nothing to open, or it was sealed under another key or changed since. */
	static Optional<String> open(String browserKey, String sealed) {
		if (sealed == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new String(encryptor(browserKey).decrypt(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return Optional.empty();
		}
	}

	/** A key of its own, never the hash stored to recognise the browser. */
	private static BytesEncryptor encryptor(String browserKey) {
		try {
			byte[] key = MessageDigest.getInstance("SHA-256").digest(("signup-return:" + browserKey).getBytes(StandardCharsets.UTF_8));
			return new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(12), CipherAlgorithm.GCM);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
