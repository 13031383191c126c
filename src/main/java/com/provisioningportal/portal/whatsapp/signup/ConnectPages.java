package com.provisioningportal.portal.whatsapp.signup;

import java.util.Optional;
import java.util.UUID;

/** The addresses the connect pages share. */
final class ConnectPages {

	static final String BASE = "/projects/{projectId}/whatsapp/connect";

	private ConnectPages() {
	}

	static String home(String projectId) {
		return "redirect:/projects/" + projectId + "/whatsapp/connect";
	}

	static String attemptUrl(String projectId, UUID attemptId) {
		return "redirect:" + attemptPath(projectId, attemptId);
	}

	static String attemptPath(String projectId, UUID attemptId) {
		return "/projects/" + projectId + "/whatsapp/connect/attempts/" + attemptId;
	}

	static Optional<UUID> parse(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
