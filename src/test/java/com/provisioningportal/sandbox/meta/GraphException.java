package com.provisioningportal.sandbox.meta;

import java.security.SecureRandom;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.SandboxResponse;
import tools.jackson.databind.node.ObjectNode;

/** A Graph API error, answered in Meta's shape {@code {error: {message, type, code, error_subcode?, fbtrace_id}}}. */
final class GraphException extends RuntimeException {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String TRACE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final int status;

	private final String type;

	private final int code;

	private final Integer subcode;

	GraphException(int status, String type, int code, Integer subcode, String message) {
		super(message);
		this.status = status;
		this.type = type;
		this.code = code;
		this.subcode = subcode;
	}

	static GraphException oauth(int code, Integer subcode, String message) {
		return new GraphException(400, "OAuthException", code, subcode, message);
	}

	static GraphException method(int code, String message) {
		return new GraphException(400, "GraphMethodException", code, null, message);
	}

	int code() {
		return code;
	}

	Integer subcode() {
		return subcode;
	}

	SandboxResponse response() {
		ObjectNode body = Json.object();
		ObjectNode error = body.putObject("error");
		error.put("message", getMessage());
		error.put("type", type);
		error.put("code", code);
		if (subcode != null) {
			error.put("error_subcode", subcode);
		}
		error.put("fbtrace_id", fbtraceId());
		SandboxResponse response = SandboxResponse.json(status, body);
		// Graph names the failure in this header too, as OAuth 2 servers do.
		return type.equals("OAuthException") ? response.withHeader("WWW-Authenticate",
				"OAuth \"Facebook Platform\" \"invalid_request\" \"" + getMessage().replace("\"", "'") + "\"") : response;
	}

	private static String fbtraceId() {
		StringBuilder id = new StringBuilder("A");
		for (int i = 0; i < 22; i++) {
			id.append(TRACE_ALPHABET.charAt(RANDOM.nextInt(TRACE_ALPHABET.length())));
		}
		return id.toString();
	}

}
