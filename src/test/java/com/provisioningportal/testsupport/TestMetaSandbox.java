package com.provisioningportal.testsupport;

import com.provisioningportal.sandbox.meta.MetaSandbox;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions;

/**
 * The one Meta sandbox of a test run (SDK, signup dialog, Graph, and the foreign origin), on random ports, on the
 * run's clock. Tests add the WABAs they need with {@code addWaba}.
 */
public final class TestMetaSandbox {

	private static final MetaSandbox SANDBOX = start();

	private TestMetaSandbox() {
	}

	public static MetaSandbox get() {
		return SANDBOX;
	}

	private static MetaSandbox start() {
		MetaSandbox sandbox = MetaSandbox.start(MetaSandboxOptions.forTests(TestInfrastructure.CLOCK));
		Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "meta-sandbox-stop"));
		return sandbox;
	}

}
