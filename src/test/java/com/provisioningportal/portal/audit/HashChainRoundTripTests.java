package com.provisioningportal.portal.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write → read back → verify, over random rows: whatever features hand to the audit log (odd text, deep JSON,
 * awkward numbers), the row PostgreSQL gives back hashes to the value stored when it was written.
 */
@PortalTest
class HashChainRoundTripTests {

	private static final String ALPHABET = "aZ09 _-.\"\\/\n\t\r\u0000\u0001\u001f\u007f\u00e9\u00df\u20ac\u4e2d\ud83d\ude00\ud800\udc00"
			+ "\ud83d" /* lone high surrogate */ + "'<>&=+@,;{}[]:";

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditStore store;

	@Autowired
	ChainVerifier verifier;

	@Test
	void randomRowsReadBackHashToWhatWasStoredAndTheChainHolds() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			AuditEntry entry = AuditEntry.of(text(random, 1, 20))
				.project(random.nextBoolean() ? text(random, 0, 40) : null)
				.resource(random.nextBoolean() ? text(random, 0, 10) : null, random.nextBoolean() ? text(random, 0, 300) : null)
				.request(random.nextBoolean() ? json(random, 3) : null)
				.before(random.nextBoolean() ? json(random, 3) : null)
				.by(new Actor(text(random, 1, 30), List.of(text(random, 1, 8))));
			Outcome outcome = new Outcome(random.nextBoolean() ? json(random, 3) : null,
					random.nextBoolean() ? random.nextInt(600) : null, random.nextBoolean() ? text(random, 0, 80) : null,
					random.nextBoolean() ? text(random, 0, 1200) : null);
			switch (random.nextInt(3)) {
				case 0 -> ids.add(auditLog.attempt(entry).id());
				case 1 -> {
					AuditAttempt attempt = auditLog.attempt(entry);
					ids.add(attempt.id());
					ids.add(random.nextBoolean() ? auditLog.succeeded(attempt, outcome) : auditLog.failed(attempt, outcome));
				}
				default -> ids.add(auditLog.record(entry, Phase.values()[random.nextInt(4)], outcome));
			}
		}

		for (long id : ids) {
			AuditRow row = store.find(id).orElseThrow();
			assertThat(CanonicalForm.hash(row.prevHash(), row.content())).as("row %d, seed %d", id, seed).isEqualTo(row.hash());
		}
		ChainVerification verification = verifier.verifyRange(ids.get(0), ids.get(ids.size() - 1));
		assertThat(verification.reason()).as("seed %d", seed).isNull();
		assertThat(verification.rowsChecked()).isGreaterThanOrEqualTo(ids.size());
	}

	private static String text(Random random, int min, int max) {
		int length = min + random.nextInt(max - min + 1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < length; i++) {
			out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

	private static Object json(Random random, int depth) {
		int kind = random.nextInt(depth > 0 ? 9 : 7);
		return switch (kind) {
			case 0 -> text(random, 0, 30);
			case 1 -> random.nextLong();
			case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
			case 3 -> new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(8)).setScale(8 + random.nextInt(4));
			case 4 -> random.nextBoolean();
			case 5 -> new BigDecimal("1E+" + random.nextInt(30));
			case 6 -> text(random, 0, 5).isEmpty() ? "" : "x";
			case 7 -> {
				Map<String, Object> map = new LinkedHashMap<>();
				int size = random.nextInt(6);
				for (int i = 0; i < size; i++) {
					map.put(random.nextInt(5) == 0 ? "keySecret" : text(random, 0, 12), json(random, depth - 1));
				}
				map.put("nothing", null);
				yield map;
			}
			default -> {
				List<Object> list = new ArrayList<>();
				int size = random.nextInt(5);
				for (int i = 0; i < size; i++) {
					list.add(json(random, depth - 1));
				}
				yield list;
			}
		};
	}

}
