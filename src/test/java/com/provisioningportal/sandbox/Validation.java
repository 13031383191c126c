package com.provisioningportal.sandbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collects class-validator style messages ("target must be a URL address") and fails with Sinch's
 * 400 invalid_input listing them in {@code additionalInformation.validationErrors}.
 */
final class Validation {

	private final JsonNode body;

	private final String prefix;

	private final List<String> errors;

	Validation(JsonNode body) {
		this(body, "", new ArrayList<>());
	}

	private Validation(JsonNode body, String prefix, List<String> errors) {
		this.body = body;
		this.prefix = prefix;
		this.errors = errors;
	}

	/** Validates a nested object with field names prefixed, e.g. "details.displayName". */
	Validation nested(String field) {
		return new Validation(body.path(field), prefix + field + ".", errors);
	}

	/** Validates one element of an array of objects, e.g. "details.components.0.type". */
	Validation element(String field, int index, JsonNode element) {
		return new Validation(element, prefix + field + "." + index + ".", errors);
	}

	/**
	 * Refuses properties outside {@code allowed} in class-validator's words ("property x should not exist"), stricter
	 * than Sinch may be: Sinch might ignore a misspelled field, and then the portal would never know.
	 */
	Validation allowOnly(Set<String> allowed) {
		if (body.isObject()) {
			body.propertyNames().stream()
				.filter(name -> !allowed.contains(name))
				.sorted()
				.forEach(name -> errors.add(prefix + "property " + name + " should not exist"));
		}
		return this;
	}

	Validation number(String field) {
		JsonNode value = body.get(field);
		if (value != null && !value.isNull() && !value.isNumber()) {
			errors.add(prefix + field + " must be a number conforming to the specified constraints");
		}
		return this;
	}

	Validation stringArray(String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return this;
		}
		if (!value.isArray()) {
			errors.add(prefix + field + " must be an array");
			return this;
		}
		for (JsonNode item : value) {
			if (!item.isString() || item.stringValue().isEmpty()) {
				errors.add("each value in " + prefix + field + " must be a non-empty string");
				break;
			}
		}
		return this;
	}

	boolean present(String field) {
		JsonNode value = body.get(field);
		return value != null && !value.isNull();
	}

	Validation required(String field) {
		if (!present(field)) {
			errors.add(prefix + field + " should not be null or undefined");
		}
		return this;
	}

	/** A field that may be left out but not cleared ({@code null} is refused). */
	Validation notNull(String field) {
		if (body.has(field) && body.get(field).isNull()) {
			errors.add(prefix + field + " should not be null");
		}
		return this;
	}

	Validation string(String field, int min, int max) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return this;
		}
		if (!value.isString()) {
			errors.add(prefix + field + " must be a string");
		}
		else if (value.stringValue().length() < min) {
			errors.add(prefix + field + " must be longer than or equal to " + min + " characters");
		}
		else if (value.stringValue().length() > max) {
			errors.add(prefix + field + " must be shorter than or equal to " + max + " characters");
		}
		return this;
	}

	Validation oneOf(String field, List<String> allowed) {
		JsonNode value = body.get(field);
		if (value != null && !value.isNull() && !(value.isString() && allowed.contains(value.stringValue()))) {
			errors.add(prefix + field + " must be one of the following values: " + String.join(", ", allowed));
		}
		return this;
	}

	Validation url(String field) {
		String value = Json.text(body, field);
		if (value != null && !isUrl(value)) {
			errors.add(prefix + field + " must be a URL address");
		}
		return this;
	}

	Validation bool(String field) {
		JsonNode value = body.get(field);
		if (value != null && !value.isNull() && !value.isBoolean()) {
			errors.add(prefix + field + " must be a boolean value");
		}
		return this;
	}

	Validation email(String field) {
		String value = Json.text(body, field);
		if (value != null && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(prefix + field + " must be an email");
		}
		return this;
	}

	/** An array of unique values from {@code allowed}, at least {@code minItems} long. */
	Validation enumArray(String field, int minItems, List<String> allowed) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			return this;
		}
		if (!value.isArray()) {
			errors.add(prefix + field + " must be an array");
			return this;
		}
		if (value.size() < minItems) {
			errors.add(prefix + field + " must contain at least " + minItems + " elements");
		}
		List<String> values = Json.strings(value);
		if (new HashSet<>(values).size() != values.size()) {
			errors.add("All " + prefix + field + "'s elements must be unique");
		}
		boolean allKnown = true;
		for (JsonNode item : value) {
			allKnown &= item.isString() && allowed.contains(item.stringValue());
		}
		if (!allKnown) {
			errors.add("each value in " + prefix + field + " must be one of the following values: "
					+ String.join(", ", allowed));
		}
		return this;
	}

	/** A rule about one field of this object, named with the object's path. */
	void reject(String field, String rule) {
		errors.add(prefix + field + " " + rule);
	}

	void fail(String message) {
		errors.add(message);
	}

	void throwIfInvalid() {
		if (!errors.isEmpty()) {
			throw PapiException.invalidInput(errors);
		}
	}

	/** The {@code filterStates} and {@code filterStatuses} of a list request, each checked against its allowed values. */
	record StateFilter(List<String> states, List<String> statuses) {

		boolean matches(ObjectNode resource) {
			return (states.isEmpty() || states.contains(Json.text(resource, "state")))
					&& (statuses.isEmpty() || statuses.contains(Json.text(resource.path("changes"), "status")));
		}

	}

	static StateFilter stateFilter(SandboxRequest request, List<String> allowedStates, List<String> allowedStatuses) {
		List<String> states = request.queryParams("filterStates");
		List<String> statuses = request.queryParams("filterStatuses");
		if (!allowedStates.containsAll(states)) {
			throw PapiException.unsupportedCodes("invalid_filter_states", "Invalid filter states.", allowedStates);
		}
		if (!allowedStatuses.containsAll(statuses)) {
			throw PapiException.unsupportedCodes("invalid_filter_statuses", "Invalid filter statuses.", allowedStatuses);
		}
		return new StateFilter(states, statuses);
	}

	static boolean isUrl(String value) {
		try {
			URI uri = URI.create(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
