package com.provisioningportal.testsupport;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Secrets the test run hands the portal (key secrets, callback secrets, the Meta app secret, the signing and
 * encryption keys), and any log line that contained one. {@link SecretLeakAppender} sees every log event of the
 * run; {@link SecretLeakCheck} fails the run at its end if a line held a planted secret.
 */
public final class PlantedSecrets {

	/** Shorter values could be ordinary words in an ordinary line. */
	static final int MIN_LENGTH = 12;

	private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

	private static final List<String> LEAKS = new CopyOnWriteArrayList<>();

	private PlantedSecrets() {
	}

	public static void plant(String secret) {
		if (secret != null && secret.length() >= MIN_LENGTH) {
			SECRETS.add(secret);
		}
	}

	/** Whether anything was planted; until then no line needs looking at (dev mode plants nothing). */
	static boolean none() {
		return SECRETS.isEmpty();
	}

	/** Records {@code line} (masked) when it contains a planted secret; says whether it did. */
	static boolean inspect(String where, String line) {
		for (String secret : SECRETS) {
			if (line.contains(secret)) {
				LEAKS.add(where + ": " + line.replace(secret, "<planted secret " + secret.substring(0, 3) + "…>"));
				return true;
			}
		}
		return false;
	}

	static List<String> leaks() {
		return List.copyOf(LEAKS);
	}

}
