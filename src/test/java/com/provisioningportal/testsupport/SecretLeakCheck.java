package com.provisioningportal.testsupport;

import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** At the end of the test run: no log line of the whole run held a planted secret (see {@link PlantedSecrets}). */
public class SecretLeakCheck implements LauncherSessionListener {

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		List<String> leaks = PlantedSecrets.leaks();
		if (!leaks.isEmpty()) {
			throw new AssertionError(leaks.size() + " log lines held a secret:\n" + String.join("\n", leaks));
		}
	}

}
