package com.provisioningportal.portal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The digest directory: one file per signed checkpoint, {@code checkpoint-0000000001.txt} and on. Files are only
 * ever created, never rewritten (a name already taken, e.g. by another instance signing at the same moment, means
 * the next number), so the directory can live on write-once storage.
 */
class AuditCheckpoints {

	private final Path directory;

	private final PublicKey publicKey;

	private final @Nullable AuditSigningKey signingKey;

	/** A directory the portal signs into with {@code signingKey}. */
	AuditCheckpoints(Path directory, AuditSigningKey signingKey) {
		this(directory, signingKey.publicKey(), signingKey);
	}

	/** A directory an auditor checks with the public key alone. */
	AuditCheckpoints(Path directory, PublicKey publicKey) {
		this(directory, publicKey, null);
	}

	private AuditCheckpoints(Path directory, PublicKey publicKey, @Nullable AuditSigningKey signingKey) {
		this.directory = directory;
		this.publicKey = publicKey;
		this.signingKey = signingKey;
	}

	Path directory() {
		return directory;
	}

	PublicKey publicKey() {
		return publicKey;
	}

	String keyId() {
		return AuditSigningKey.keyId(publicKey);
	}

	/** A checkpoint file as found, and why it cannot be trusted, if it cannot. */
	record Found(long sequence, String file, @Nullable SignedCheckpoint checkpoint, @Nullable String problem) {

	}

	/**
	 * Every checkpoint in sequence order, each checked on its own (form, signature, name) and against the one before
	 * it (its hash named as previous, entries only ever more). A number missing from the sequence is a deleted file.
	 */
	List<Found> read() {
		List<Found> found = new ArrayList<>();
		long expected = 1;
		byte[] previousFile = null;
		SignedCheckpoint previous = null;
		for (Map.Entry<Long, Path> file : files().entrySet()) {
			long sequence = file.getKey();
			String name = file.getValue().getFileName().toString();
			for (; expected < sequence; expected++) {
				found.add(new Found(expected, SignedCheckpoint.fileName(expected), null,
						"checkpoint " + expected + " is missing: its file was deleted"));
			}
			byte[] bytes = bytes(file.getValue());
			try {
				SignedCheckpoint checkpoint = SignedCheckpoint.read(bytes, publicKey);
				found.add(new Found(sequence, name, checkpoint, linkProblem(checkpoint, sequence, previous, previousFile)));
				previous = checkpoint;
			}
			catch (SignedCheckpoint.Unreadable ex) {
				found.add(new Found(sequence, name, null, "checkpoint " + sequence + " cannot be trusted: " + ex.getMessage()));
			}
			previousFile = bytes;
			expected = sequence + 1;
		}
		return List.copyOf(found);
	}

	private static @Nullable String linkProblem(SignedCheckpoint checkpoint, long sequence,
			@Nullable SignedCheckpoint previous, byte @Nullable [] previousFile) {
		if (checkpoint.sequence() != sequence) {
			return "the file of checkpoint " + sequence + " holds checkpoint " + checkpoint.sequence()
					+ ": checkpoint files were renamed or reordered";
		}
		String expected = (previousFile == null) ? SignedCheckpoint.NO_PREVIOUS : SignedCheckpoint.sha256(previousFile);
		if (!checkpoint.previous().equals(expected)) {
			return (sequence == 1) ? "checkpoint 1 names a checkpoint before it: earlier checkpoints were removed"
					: "checkpoint " + sequence + " does not name the file of checkpoint " + (sequence - 1)
							+ " as the one before it: that file was altered or replaced, or files were reordered";
		}
		if (previous != null && (checkpoint.headId() < previous.headId() || checkpoint.rows() < previous.rows())) {
			return "checkpoint " + sequence + " covers fewer entries than checkpoint " + (sequence - 1)
					+ ": checkpoints were reordered";
		}
		return null;
	}

	/**
	 * Signs the chain's head as the next checkpoint, linked to the newest file there is. Callers serialise signing
	 * across instances; should another writer take the name anyway, the file is not overwritten and this fails.
	 */
	SignedCheckpoint sign(long headId, String headHash, long rows, Instant at) {
		if (signingKey == null) {
			throw new IllegalStateException("No signing key: this directory is open for checking only");
		}
		createDirectory();
		Optional<Map.Entry<Long, Path>> newest = Optional.ofNullable(files().lastEntry());
		long sequence = newest.map(Map.Entry::getKey).orElse(0L) + 1;
		String previous = newest.map(file -> SignedCheckpoint.sha256(bytes(file.getValue())))
			.orElse(SignedCheckpoint.NO_PREVIOUS);
		SignedCheckpoint checkpoint = new SignedCheckpoint(sequence, at, headId, headHash, rows, previous,
				signingKey.keyId());
		writeOnce(directory.resolve(checkpoint.fileName()), checkpoint.signedWith(signingKey));
		return checkpoint;
	}

	/** Written and flushed to the device before the name counts as taken by this checkpoint. */
	private static void writeOnce(Path file, byte[] bytes) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		catch (FileAlreadyExistsException ex) {
			throw new UncheckedIOException("Audit checkpoint " + file + " already exists; it is never overwritten", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write audit checkpoint " + file, ex);
		}
	}

	private TreeMap<Long, Path> files() {
		TreeMap<Long, Path> files = new TreeMap<>();
		try (Stream<Path> listing = Files.list(directory)) {
			listing.forEach(file -> SignedCheckpoint.sequenceOfFileName(file.getFileName().toString())
				.ifPresent(sequence -> files.put(sequence, file)));
		}
		catch (NoSuchFileException ex) {
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the audit digest directory " + directory, ex);
		}
		return files;
	}

	private void createDirectory() {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the audit digest directory " + directory, ex);
		}
	}

	private static byte[] bytes(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read audit checkpoint " + file, ex);
		}
	}

}
