package com.provisioningportal.sandbox.meta;

import java.time.Clock;
import java.time.Duration;

/**
 * How a Meta sandbox runs. Tests start from {@link #forTests(Clock)} (random ports, 127.0.0.1, no seed); dev mode
 * from {@link #devMode()} (ports 8090 and 8091, localhost, the design's app and the dev-mode WABAs).
 *
 * @param metaPort the port of the Meta origin (SDK, dialog, Graph); 0 picks a free one
 * @param foreignPort the port of the foreign origin that posts look-alike messages; 0 picks a free one
 * @param host the host name in the URLs the sandbox hands out; it is part of every origin the browser sees
 * @param clock the time code and token lifetimes are measured with
 * @param app the one Meta app the sandbox knows
 * @param codeLifetime how long a code from the dialog can be exchanged (Meta: 30 seconds)
 * @param seedDevWabas whether the dialog offers the dev-mode businesses and WABAs from the start
 * @param appSecretRequired the app's "Require App Secret" setting: Graph calls with a user's or business's token
 * need {@code appsecret_proof}
 */
public record MetaSandboxOptions(int metaPort, int foreignPort, String host, Clock clock, MetaApp app,
		Duration codeLifetime, boolean seedDevWabas, boolean appSecretRequired) {

	public static final int DEV_MODE_META_PORT = 8090;

	public static final int DEV_MODE_FOREIGN_PORT = 8091;

	/** The Meta app, its Embedded Signup configuration and Sinch's partner solution, as the README's dev mode section lists them. */
	public static final MetaApp DEV_MODE_APP = new MetaApp("100000000000001", "sandbox-app-secret", "200000000000001",
			"300000000000001", "Provisioning Portal");

	public static MetaSandboxOptions forTests(Clock clock) {
		return new MetaSandboxOptions(0, 0, "127.0.0.1", clock, DEV_MODE_APP, Duration.ofSeconds(30), false, true);
	}

	public static MetaSandboxOptions devMode() {
		return new MetaSandboxOptions(DEV_MODE_META_PORT, DEV_MODE_FOREIGN_PORT, "localhost", Clock.systemUTC(),
				DEV_MODE_APP, Duration.ofSeconds(30), true, true);
	}

	public MetaSandboxOptions withPorts(int newMetaPort, int newForeignPort) {
		return new MetaSandboxOptions(newMetaPort, newForeignPort, host, clock, app, codeLifetime, seedDevWabas, appSecretRequired);
	}

	public MetaSandboxOptions withApp(MetaApp newApp) {
		return new MetaSandboxOptions(metaPort, foreignPort, host, clock, newApp, codeLifetime, seedDevWabas, appSecretRequired);
	}

	public MetaSandboxOptions withDevWabas(boolean seed) {
		return new MetaSandboxOptions(metaPort, foreignPort, host, clock, app, codeLifetime, seed, appSecretRequired);
	}

	public MetaSandboxOptions withAppSecretRequired(boolean required) {
		return new MetaSandboxOptions(metaPort, foreignPort, host, clock, app, codeLifetime, seedDevWabas, required);
	}

	/**
	 * A Meta app as the portal is configured with it.
	 *
	 * @param id the app id ({@code FB.init({appId})}, {@code client_id})
	 * @param secret the app secret ({@code client_secret})
	 * @param configId the Facebook Login for Business configuration id ({@code config_id})
	 * @param solutionId the Multi-Partner Solution id expected in {@code extras.setup.solutionID}
	 * @param name the app's name, shown in the dialog and in {@code debug_token}
	 */
	public record MetaApp(String id, String secret, String configId, String solutionId, String name) {
	}

}
