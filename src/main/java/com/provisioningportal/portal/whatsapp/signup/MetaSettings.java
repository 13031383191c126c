package com.provisioningportal.portal.whatsapp.signup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Meta app that runs Embedded Signup ({@code meta.*}; each also an environment variable such as
 * {@code META_APP_ID}). Without the four app settings the connect page says what is missing; the portal still starts.
 *
 * @param appId the Meta app id ({@code FB.init}, {@code client_id})
 * @param appSecret the app secret, only ever sent to Graph in the code exchange
 * @param configId the Facebook Login for Business configuration of Embedded Signup
 * @param solutionId Sinch's Multi-Partner Solution ({@code extras.setup.solutionID})
 * @param graphUrl Graph API base
 * @param sdkUrl Meta's JavaScript SDK
 * @param dialogUrl base of the OAuth dialog of the redirect flow
 * @param graphVersion Graph API version, also in the dialog's path
 * @param allowedOrigins the exact origins whose {@code message} events the signup page accepts
 * @param esVersion Embedded Signup version sent as {@code extras.version}
 * @param featureType {@code extras.featureType}; empty for the default flow
 */
@ConfigurationProperties("meta")
public record MetaSettings(String appId, String appSecret, String configId, String solutionId,
		@DefaultValue("https://graph.facebook.com") URI graphUrl,
		@DefaultValue("https://connect.facebook.net/en_US/sdk.js") URI sdkUrl,
		@DefaultValue("https://www.facebook.com") URI dialogUrl, @DefaultValue("v25.0") String graphVersion,
		@DefaultValue({ "https://www.facebook.com", "https://web.facebook.com", "https://business.facebook.com" }) List<String> allowedOrigins,
		@DefaultValue("v4") String esVersion, @DefaultValue("") String featureType) {

	/** The environment variables of required settings that are not set, in the order an operator sets them. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		addIfBlank(missing, appId, "META_APP_ID");
		addIfBlank(missing, appSecret, "META_APP_SECRET");
		addIfBlank(missing, configId, "META_CONFIG_ID");
		addIfBlank(missing, solutionId, "META_SOLUTION_ID");
		return missing;
	}

	public boolean complete() {
		return missing().isEmpty();
	}

	/** Origin (scheme, host, port) of a URL, as CSP and {@code postMessage} compare them. */
	static String origin(URI url) {
		return url.getScheme() + "://" + url.getRawAuthority();
	}

	private static void addIfBlank(List<String> missing, String value, String variable) {
		if (value == null || value.isBlank()) {
			missing.add(variable);
		}
	}

	@Override
	public String toString() {
		return "MetaSettings[appId=" + appId + ", appSecret=" + ((appSecret != null) ? "***" : null) + ", configId="
				+ configId + ", solutionId=" + solutionId + ", graphUrl=" + graphUrl + ", sdkUrl=" + sdkUrl + ", dialogUrl="
				+ dialogUrl + ", graphVersion=" + graphVersion + ", allowedOrigins=" + allowedOrigins + ", esVersion="
				+ esVersion + ", featureType=" + featureType + "]";
	}

}
