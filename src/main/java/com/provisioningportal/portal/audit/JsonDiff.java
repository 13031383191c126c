package com.provisioningportal.portal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The before and after of a change side by side, one line per leaf value ({@code webhook.triggers[2]}). */
final class JsonDiff {

	enum Kind {

		ADDED, REMOVED, CHANGED, SAME

	}

	record Line(String path, @Nullable String before, @Nullable String after, Kind kind) {

	}

	private JsonDiff() {
	}

	static List<Line> between(@Nullable JsonNode before, @Nullable JsonNode after) {
		Map<String, String> old = flatten(before);
		Map<String, String> now = flatten(after);
		TreeMap<String, Boolean> paths = new TreeMap<>();
		old.keySet().forEach(path -> paths.put(path, true));
		now.keySet().forEach(path -> paths.put(path, true));
		List<Line> lines = new ArrayList<>();
		for (String path : paths.keySet()) {
			String was = old.get(path);
			String is = now.get(path);
			Kind kind = (was == null) ? Kind.ADDED : (is == null) ? Kind.REMOVED : was.equals(is) ? Kind.SAME : Kind.CHANGED;
			lines.add(new Line(path, was, is, kind));
		}
		return lines;
	}

	private static Map<String, String> flatten(@Nullable JsonNode node) {
		Map<String, String> values = new TreeMap<>();
		if (node != null) {
			flatten("", node, values);
		}
		return values;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> values) {
		if (node.isObject() && !node.isEmpty()) {
			node.properties().forEach(property -> flatten(path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
					property.getValue(), values));
		}
		else if (node.isArray() && !node.isEmpty()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), values);
			}
		}
		else {
			String text = node.isString() ? node.asString() : CanonicalForm.json(node);
			values.put(path.isEmpty() ? "(value)" : path, (text != null) ? text : "null");
		}
	}

}
