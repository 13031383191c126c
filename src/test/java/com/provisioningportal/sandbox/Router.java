package com.provisioningportal.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps "METHOD /path/{variable}" templates to handlers; the first matching route wins. */
public final class Router {

	public interface Handler {

		SandboxResponse handle(SandboxRequest request);

	}

	private record Route(String method, String[] segments, Handler handler) {
	}

	public record Match(Handler handler, Map<String, String> variables) {
	}

	private final List<Route> routes = new ArrayList<>();

	public Router add(String method, String template, Handler handler) {
		routes.add(new Route(method, segments(template), handler));
		return this;
	}

	public Optional<Match> match(String method, String path) {
		String[] actual = segments(path);
		for (Route route : routes) {
			if (!route.method().equals(method) || route.segments().length != actual.length) {
				continue;
			}
			Map<String, String> variables = matchSegments(route.segments(), actual);
			if (variables != null) {
				return Optional.of(new Match(route.handler(), variables));
			}
		}
		return Optional.empty();
	}

	private static Map<String, String> matchSegments(String[] template, String[] actual) {
		Map<String, String> variables = new LinkedHashMap<>();
		for (int i = 0; i < template.length; i++) {
			String segment = template[i];
			if (segment.startsWith("{") && segment.endsWith("}")) {
				// A path keeps "+" literal (test numbers are +E.164); only form encoding reads it as a space.
				variables.put(segment.substring(1, segment.length() - 1),
						SandboxRequest.decode(actual[i].replace("+", "%2B")));
			}
			else if (!segment.equals(actual[i])) {
				return null;
			}
		}
		return variables;
	}

	private static String[] segments(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		if (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
	}

}
