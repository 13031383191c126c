package com.provisioningportal.sandbox;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** An error the sandbox answers with Sinch's PAPI error body {errorCode, message, resolution, additionalInformation?}. */
final class PapiException extends RuntimeException {

	private final int status;

	private final String errorCode;

	private final String resolution;

	private final ObjectNode additionalInformation;

	private String wwwAuthenticate;

	PapiException(int status, String errorCode, String message, String resolution) {
		this(status, errorCode, message, resolution, null);
	}

	PapiException(int status, String errorCode, String message, String resolution, ObjectNode additionalInformation) {
		super(message);
		this.status = status;
		this.errorCode = errorCode;
		this.resolution = resolution;
		this.additionalInformation = additionalInformation;
	}

	static PapiException invalidInput(List<String> validationErrors) {
		ObjectNode info = Json.object();
		info.set("validationErrors", Json.array(validationErrors));
		return new PapiException(400, "invalid_input", "Invalid input.", "Correct the validation errors and submit again.",
				info);
	}

	static PapiException invalidPayload() {
		return new PapiException(400, "invalid_payload", "Invalid payload.", "Send a JSON object in the request body.");
	}

	static PapiException notFound(String errorCode, String what) {
		return new PapiException(404, errorCode, what + " not found.", "Verify that the id is correct.");
	}

	static PapiException conflict(String errorCode, String message, String resolution) {
		return new PapiException(409, errorCode, message, resolution);
	}

	static PapiException unsupportedCodes(String errorCode, String message, List<String> supported) {
		ObjectNode info = Json.object();
		info.put("supportedCodes", String.join(", ", supported));
		return new PapiException(400, errorCode, message, "Use one of the supported codes.", info);
	}

	static PapiException unauthorized() {
		return new PapiException(401, "unauthorized_error", "Unauthorized error.", "Verify that projectId is correct.");
	}

	/** Adds a WWW-Authenticate challenge (Sinch's gateway says there when a bearer token expired). */
	PapiException challenge(String value) {
		this.wwwAuthenticate = value;
		return this;
	}

	String wwwAuthenticate() {
		return wwwAuthenticate;
	}

	int status() {
		return status;
	}

	ObjectNode body() {
		ObjectNode body = Json.object();
		body.put("errorCode", errorCode);
		body.put("message", getMessage());
		body.put("resolution", resolution);
		if (additionalInformation != null) {
			body.set("additionalInformation", additionalInformation);
		}
		return body;
	}

}
