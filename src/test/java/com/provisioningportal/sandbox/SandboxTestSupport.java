package com.provisioningportal.sandbox;

import java.time.Duration;
import java.time.Instant;

import com.provisioningportal.testsupport.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One sandbox per test class on a random port, with a clock the tests move; reset before every test. */
abstract class SandboxTestSupport {

	static final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));

	static SinchSandbox sandbox;

	static SandboxClient client;

	@BeforeAll
	static void startSandbox() {
		sandbox = SinchSandbox.start(SandboxOptions.forTests(clock));
		client = new SandboxClient(sandbox);
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@BeforeEach
	void resetSandbox() {
		sandbox.reset();
	}

	/** An onboarded project with one Embedded Signup sender already ACTIVE; returns the sender id. */
	static String activeSender(SandboxProject project, String phoneNumberId) {
		String wabaId = sandbox.resources(project.id()).path("account").path("wabaId").asString();
		String id = client.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%s", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, phoneNumberId)).json().path("id").asString();
		sandbox.advance(Duration.ofMinutes(1));
		return id;
	}

}
