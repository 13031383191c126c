package com.provisioningportal.sandbox.meta;

import java.time.Instant;
import java.util.List;

import com.provisioningportal.sandbox.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One opening of the signup dialog, as the sandbox received it: from {@code FB.login} (popup) or from a redirect to
 * {@code /{version}/dialog/oauth}. Tests read these to check what the portal asked Meta for.
 *
 * @param id the dialog's id, carried by its form
 * @param mode popup (from the SDK) or redirect
 * @param version the Graph version in the dialog's path
 * @param appId {@code FB.init}'s {@code appId}, or {@code client_id}
 * @param configId {@code config_id} as given (null when absent)
 * @param responseType {@code response_type} as given
 * @param overrideDefaultResponseType {@code override_default_response_type} as given, as JSON text
 *        ({@code true}, {@code "true"}, ...; null when absent)
 * @param extras the {@code extras} JSON as given (null when absent)
 * @param esVersion the Embedded Signup version the extras select ({@code v2} when they name none, as at Meta)
 * @param openerOrigin the origin of the page that called {@code FB.login} (popup only)
 * @param redirectUri {@code redirect_uri} (redirect only)
 * @param state {@code state} (redirect only)
 * @param problems what Meta would refuse; the dialog shows them instead of the signup steps
 */
public record DialogLaunch(String id, Instant at, Mode mode, String version, String appId, String configId,
		String responseType, String overrideDefaultResponseType, String extras, String esVersion, String openerOrigin,
		String redirectUri, String state, List<String> problems) {

	public DialogLaunch {
		problems = List.copyOf(problems);
	}

	public enum Mode {

		POPUP, REDIRECT

	}

	public boolean valid() {
		return problems.isEmpty();
	}

	/** Meta sends session info on v3 and v4 always, on v2 only when asked for with {@code sessionInfoVersion: '3'}. */
	boolean sendsSessionInfo() {
		if (!esVersion.equals("v2")) {
			return true;
		}
		try {
			JsonNode sessionInfoVersion = extras == null ? null : Json.read(extras).get("sessionInfoVersion");
			return sessionInfoVersion != null && sessionInfoVersion.asString().equals("3");
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}
