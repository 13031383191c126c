package com.provisioningportal.testsupport;

import com.provisioningportal.sandbox.SandboxOptions;
import com.provisioningportal.sandbox.SinchSandbox;

/** The one Sinch sandbox of a test run, on a random port, on the run's clock. */
public final class TestSandbox {

	private static final SinchSandbox SANDBOX = start();

	private TestSandbox() {
	}

	public static SinchSandbox get() {
		return SANDBOX;
	}

	private static SinchSandbox start() {
		SinchSandbox sandbox = SinchSandbox.start(SandboxOptions.forTests(TestInfrastructure.CLOCK).withLocalTargets(true));
		Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-stop"));
		return sandbox;
	}

}
