package com.provisioningportal.portal.projects;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Encrypts stored secrets with AES-256-GCM (Spring Security's crypto) under {@code PORTAL_ENCRYPTION_KEY}: a fresh
 * random IV per value, and tampering is detected on decryption. Public for the other modules' secrets (the users'
 * authenticator keys).
 */
public final class SecretEncryption {

	private final BytesEncryptor encryptor;

	SecretEncryption(String base64Key) {
		byte[] key = EncryptionKeySetting.decode(base64Key);
		this.encryptor = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(12),
				CipherAlgorithm.GCM);
	}

	public String encrypt(String plain) {
		return Base64.getEncoder().encodeToString(encryptor.encrypt(plain.getBytes(StandardCharsets.UTF_8)));
	}

	public String decrypt(String stored) {
		return new String(encryptor.decrypt(Base64.getDecoder().decode(stored)), StandardCharsets.UTF_8);
	}

}
