package com.provisioningportal.portal.audit;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns what features hand to the audit log into what may be stored: the one place secrets are masked, and
 * where text PostgreSQL would refuse or alter (NUL, unpaired surrogates, over-long values) is made safe, so the
 * hash computed here matches the row read back.
 */
final class AuditValues {

	static final String MASK = "***";

	/**
	 * Property names whose values are secret, compared lower-cased without separators, so {@code keySecret},
	 * {@code key_secret} and {@code KEY-SECRET} are all caught. Any name containing one of these is masked.
	 */
	private static final Set<String> SECRET_PARTS = Set.of("secret", "password", "passwd", "token", "apikey",
			"authorization", "privatekey", "credential", "signature", "cookie");

	private final ObjectMapper mapper;

	AuditValues(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** The object as a JSON tree with every secret masked, or null. */
	@Nullable JsonNode json(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		JsonNode tree = (value instanceof JsonNode node) ? node : mapper.valueToTree(value);
		return (tree == null || tree.isNull() || tree.isMissingNode()) ? null : clean(tree);
	}

	static boolean isSecretName(String name) {
		String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return SECRET_PARTS.stream().anyMatch(key::contains);
	}

	/** Text as PostgreSQL will store it: NUL and unpaired surrogates replaced, cut to the column's length. */
	static @Nullable String text(@Nullable String value, int maxLength) {
		if (value == null) {
			return null;
		}
		String clean = clean(value);
		if (clean.length() <= maxLength) {
			return clean;
		}
		int end = maxLength;
		if (Character.isHighSurrogate(clean.charAt(end - 1))) {
			end--;
		}
		return clean.substring(0, end);
	}

	private JsonNode clean(JsonNode node) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (node.isObject()) {
			ObjectNode copy = nodes.objectNode();
			for (var property : node.properties()) {
				String name = clean(property.getKey());
				JsonNode value = property.getValue();
				copy.set(name, (isSecretName(name) && !value.isNull()) ? nodes.stringNode(MASK) : clean(value));
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = nodes.arrayNode();
			node.forEach(element -> copy.add(clean(element)));
			return copy;
		}
		if (node.isString()) {
			return nodes.stringNode(clean(node.asString()));
		}
		if (node.isNumber() && (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
			// JSON has no NaN or infinity; keep what it was as text rather than fail the write.
			return nodes.stringNode(Double.toString(node.doubleValue()));
		}
		if (node.isPojo() || node.isBinary()) {
			return nodes.stringNode(clean(node.asString()));
		}
		return node;
	}

	private static String clean(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean bad = c == 0 || (Character.isHighSurrogate(c)
					&& (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
					|| (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
			if (bad && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(bad ? '\uFFFD' : c);
			}
		}
		return (out != null) ? out.toString() : text;
	}

}
