package com.provisioningportal.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key that signs audit checkpoints ({@code PORTAL_AUDIT_SIGNING_KEY}: PKCS#8, as PEM or its base64
 * body). The database never sees it, so whoever owns the database cannot sign a checkpoint for a rewritten log.
 * Only the JDK's crypto is used; {@link #toString()} names the key by its id, never its bytes.
 */
final class AuditSigningKey {

	private static final String ALGORITHM = "Ed25519";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private AuditSigningKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
	}

	/** Reads the private key and derives its public key; throws {@link IllegalArgumentException} saying why not. */
	static AuditSigningKey parse(String value) {
		byte[] der = der(value, "PRIVATE KEY");
		try {
			PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
			return new AuditSigningKey(key, publicKeyOf((EdECPrivateKey) key));
		}
		catch (GeneralSecurityException | ClassCastException ex) {
			throw new IllegalArgumentException("it is not an Ed25519 private key in PKCS#8 form");
		}
	}

	/** An auditor's copy of the public key: PEM or the base64 of its X.509 form. */
	static PublicKey parsePublicKey(String value) {
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(value, "PUBLIC KEY")));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("it is not an Ed25519 public key in X.509 form");
		}
	}

	/**
	 * The JDK has no call that turns an EdDSA private key into its public key, but its key-pair generator builds a
	 * pair from 32 random bytes, which for Ed25519 are exactly the private key: handing it those bytes as its
	 * "randomness" yields the same private key and its public key.
	 */
	private static PublicKey publicKeyOf(EdECPrivateKey key) throws GeneralSecurityException {
		byte[] seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("no key bytes"));
		KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
		generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
			@Override
			public void nextBytes(byte[] bytes) {
				System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
			}
		});
		return generator.generateKeyPair().getPublic();
	}

	byte[] sign(byte[] data) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(privateKey);
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign an audit checkpoint", ex);
		}
	}

	static boolean verifies(PublicKey key, byte[] data, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(key);
			signature.update(data);
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	PublicKey publicKey() {
		return publicKey;
	}

	String keyId() {
		return keyId(publicKey);
	}

	/** The first 8 bytes of the SHA-256 of the public key's X.509 form, in hex: short enough to compare by eye. */
	static String keyId(PublicKey key) {
		return SignedCheckpoint.sha256(key.getEncoded()).substring(0, 16);
	}

	static String pem(PublicKey key) {
		return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
			.encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
	}

	private static byte[] der(String value, String pemLabel) {
		String body = value.replace("-----BEGIN " + pemLabel + "-----", "")
			.replace("-----END " + pemLabel + "-----", "")
			.replaceAll("\\s", "");
		try {
			return Base64.getDecoder().decode(body);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("it is neither PEM nor base64");
		}
	}

	@Override
	public String toString() {
		return "AuditSigningKey[" + keyId() + "]";
	}

}
