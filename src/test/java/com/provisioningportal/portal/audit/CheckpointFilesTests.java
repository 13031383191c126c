package com.provisioningportal.portal.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest directory on its own: three checkpoints that hold, then each way of tampering with the files, which
 * names the first checkpoint that can no longer be trusted.
 */
class CheckpointFilesTests {

	static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

	final AuditSigningKey key = AuditSigningKey.parse(AuditSigningKeyTests.DEV_KEY);

	@TempDir
	Path digests;

	AuditCheckpoints checkpoints;

	@BeforeEach
	void threeCheckpoints() {
		checkpoints = new AuditCheckpoints(digests, key);
		checkpoints.sign(10, "a".repeat(64), 10, NOON);
		checkpoints.sign(20, "b".repeat(64), 19, NOON.plusSeconds(3600));
		checkpoints.sign(30, "c".repeat(64), 29, NOON.plusSeconds(7200));
	}

	@Test
	void signedCheckpointsFormAChainOfFilesThatAnAuditorReadsWithThePublicKeyAlone() throws Exception {
		List<AuditCheckpoints.Found> found = new AuditCheckpoints(digests, key.publicKey()).read();

		assertThat(found).extracting(AuditCheckpoints.Found::file)
			.containsExactly("checkpoint-0000000001.txt", "checkpoint-0000000002.txt", "checkpoint-0000000003.txt");
		assertThat(found).allSatisfy(file -> assertThat(file.problem()).isNull());
		SignedCheckpoint second = found.get(1).checkpoint();
		assertThat(second.headId()).isEqualTo(20);
		assertThat(second.rows()).isEqualTo(19);
		assertThat(second.signedAt()).isEqualTo(NOON.plusSeconds(3600));
		assertThat(second.previous()).isEqualTo(SignedCheckpoint.sha256(Files.readAllBytes(file(1))));
		assertThat(found.get(0).checkpoint().previous()).isEqualTo(SignedCheckpoint.NO_PREVIOUS);
		assertThat(Files.readString(file(2))).startsWith("portal-audit-checkpoint-v1\nsequence=2\n")
			.contains("key-id=" + key.keyId() + "\n", "\nsignature=");
	}

	@Test
	void aDeletedCheckpointIsReportedMissing() throws Exception {
		Files.delete(file(2));

		assertThat(firstProblem()).isEqualTo("2: checkpoint 2 is missing: its file was deleted");
	}

	@Test
	void reorderedCheckpointsAreReported() throws Exception {
		byte[] second = Files.readAllBytes(file(2));
		Files.write(file(2), Files.readAllBytes(file(3)));
		Files.write(file(3), second);

		assertThat(firstProblem()).isEqualTo(
				"2: the file of checkpoint 2 holds checkpoint 3: checkpoint files were renamed or reordered");
	}

	@Test
	void anAlteredCheckpointNoLongerVerifies() throws Exception {
		Files.writeString(file(2), Files.readString(file(2)).replace("rows=19", "rows=18"));

		assertThat(firstProblem()).startsWith("2: checkpoint 2 cannot be trusted: its signature does not verify");
	}

	@Test
	void aCheckpointForgedWithAnotherKeyIsReportedAndSoIsTheOneThatLinksToTheReal() throws Exception {
		AuditSigningKey forger = AuditSigningKey.parse(Base64.getEncoder()
			.encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded()));
		String previous = SignedCheckpoint.sha256(Files.readAllBytes(file(1)));
		Files.write(file(2), new SignedCheckpoint(2, NOON, 20, "b".repeat(64), 19, previous, key.keyId()).signedWith(forger));

		List<AuditCheckpoints.Found> found = checkpoints.read();
		assertThat(found.get(1).problem()).contains("signed by another key");
		assertThat(found.get(2).problem()).isEqualTo("checkpoint 3 does not name the file of checkpoint 2 as the one "
				+ "before it: that file was altered or replaced, or files were reordered");
	}

	@Test
	void anUnsignedCheckpointIsReported() throws Exception {
		String text = Files.readString(file(2));
		Files.writeString(file(2), text.substring(0, text.indexOf("signature=")));

		assertThat(firstProblem()).isEqualTo("2: checkpoint 2 cannot be trusted: it is not signed");
	}

	@Test
	void otherFilesInTheDirectoryAreNotCheckpoints() throws Exception {
		Files.writeString(digests.resolve("audit-signing-key.pem"), AuditSigningKey.pem(key.publicKey()),
				StandardCharsets.US_ASCII);

		assertThat(checkpoints.read()).hasSize(3).allSatisfy(file -> assertThat(file.problem()).isNull());
	}

	private String firstProblem() {
		return checkpoints.read()
			.stream()
			.filter(file -> file.problem() != null)
			.map(file -> file.sequence() + ": " + file.problem())
			.findFirst()
			.orElse("none");
	}

	private Path file(long sequence) {
		return digests.resolve(SignedCheckpoint.fileName(sequence));
	}

}
