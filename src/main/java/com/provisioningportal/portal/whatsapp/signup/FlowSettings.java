package com.provisioningportal.portal.whatsapp.signup;

/**
 * What the signup page's script needs, rendered into data attributes (never a secret): the SDK, the app, the
 * configuration, the {@code extras}, the exact origins to accept messages from, and how long to wait.
 */
public record FlowSettings(String sdkUrl, String appId, String graphVersion, String configId, String solutionId,
		String featureType, String esVersion, String allowedOrigins, long timeoutMillis) {

	/** How long the page waits for anything from Meta's dialog before it gives up. */
	static final long TIMEOUT_MILLIS = 10 * 60 * 1000;

	static FlowSettings of(MetaSettings settings) {
		return new FlowSettings(settings.sdkUrl().toString(), settings.appId(), settings.graphVersion(), settings.configId(),
				settings.solutionId(), settings.featureType(), settings.esVersion(), String.join(" ", settings.allowedOrigins()),
				TIMEOUT_MILLIS);
	}

}
