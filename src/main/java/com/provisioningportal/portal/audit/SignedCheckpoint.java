package com.provisioningportal.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed statement about the audit chain: at {@code signedAt} it held {@code rows} entries and ended at entry
 * {@code headId} with hash {@code headHash}. Each names the SHA-256 of the checkpoint file before it, so the files
 * form a chain of their own, and carries an Ed25519 signature over every line above the signature.
 * <p>
 * The file is plain {@code name=value} lines so an auditor can read it and check it with standard tools:
 * the signed bytes are the file up to and including the newline before {@code signature=}.
 */
record SignedCheckpoint(long sequence, Instant signedAt, long headId, String headHash, long rows, String previous,
		String keyId) {

	static final String VERSION = "portal-audit-checkpoint-v1";

	/** What the first checkpoint names as the file before it. */
	static final String NO_PREVIOUS = "0".repeat(64);

	private static final Pattern FILE_NAME = Pattern.compile("checkpoint-(\\d{10})\\.txt");

	private static final List<String> FIELDS = List.of("sequence", "signed-at", "head-id", "head-hash", "rows",
			"previous", "key-id");

	/** Whole seconds, so the file says the time the same way {@link Instant#toString()} reads it back. */
	SignedCheckpoint {
		signedAt = signedAt.truncatedTo(ChronoUnit.SECONDS);
	}

	static String fileName(long sequence) {
		return "checkpoint-%010d.txt".formatted(sequence);
	}

	/** The sequence a checkpoint file's name claims, or empty for a file that is not a checkpoint. */
	static Optional<Long> sequenceOfFileName(String name) {
		Matcher matcher = FILE_NAME.matcher(name);
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}

	String fileName() {
		return fileName(sequence);
	}

	/** The file's bytes: the statement and its signature by {@code key}. */
	byte[] signedWith(AuditSigningKey key) {
		byte[] statement = statement().getBytes(StandardCharsets.UTF_8);
		String signature = "signature=" + Base64.getEncoder().encodeToString(key.sign(statement)) + "\n";
		byte[] file = new byte[statement.length + signature.length()];
		System.arraycopy(statement, 0, file, 0, statement.length);
		System.arraycopy(signature.getBytes(StandardCharsets.US_ASCII), 0, file, statement.length, signature.length());
		return file;
	}

	private String statement() {
		List<String> values = List.of(String.valueOf(sequence), signedAt.toString(),
				String.valueOf(headId), headHash, String.valueOf(rows), previous, keyId);
		StringBuilder text = new StringBuilder(VERSION).append('\n');
		for (int i = 0; i < FIELDS.size(); i++) {
			text.append(FIELDS.get(i)).append('=').append(values.get(i)).append('\n');
		}
		return text.toString();
	}

	/**
	 * Reads a checkpoint file and checks its signature with {@code key}; a file that is not in this form, is not
	 * signed, or whose signature does not verify is a {@link Unreadable} saying which.
	 */
	static SignedCheckpoint read(byte[] file, PublicKey key) throws Unreadable {
		String text = new String(file, StandardCharsets.UTF_8);
		int signatureAt = text.lastIndexOf("\nsignature=");
		if (signatureAt < 0) {
			throw new Unreadable("it is not signed");
		}
		String statement = text.substring(0, signatureAt + 1);
		String signature = text.substring(signatureAt + "\nsignature=".length()).strip();
		List<String> lines = statement.lines().toList();
		if (lines.size() != FIELDS.size() + 1 || !lines.get(0).equals(VERSION)) {
			throw new Unreadable("it is not a checkpoint in the " + VERSION + " form");
		}
		List<String> values = new ArrayList<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			String prefix = FIELDS.get(i) + "=";
			if (!lines.get(i + 1).startsWith(prefix)) {
				throw new Unreadable("it is not a checkpoint in the " + VERSION + " form");
			}
			values.add(lines.get(i + 1).substring(prefix.length()));
		}
		byte[] signatureBytes;
		try {
			signatureBytes = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable("its signature is not base64");
		}
		if (!AuditSigningKey.verifies(key, statement.getBytes(StandardCharsets.UTF_8), signatureBytes)) {
			throw new Unreadable("its signature does not verify with the public key (key "
					+ AuditSigningKey.keyId(key) + "): it was altered, or signed by another key");
		}
		try {
			return new SignedCheckpoint(Long.parseLong(values.get(0)), Instant.parse(values.get(1)),
					Long.parseLong(values.get(2)), values.get(3), Long.parseLong(values.get(4)), values.get(5),
					values.get(6));
		}
		catch (RuntimeException ex) {
			throw new Unreadable("a signed value is malformed");
		}
	}

	static String sha256(byte[] file) {
		try {
			return CanonicalForm.hex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Why a checkpoint file cannot be trusted. */
	static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;

		Unreadable(String reason) {
			super(reason, null, false, false);
		}

	}

}
