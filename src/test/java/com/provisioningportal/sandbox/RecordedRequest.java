package com.provisioningportal.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request the sandbox received, as tests inspect it: credentials in {@code Authorization} and any secret or
 * token in the JSON bodies are masked.
 *
 * @param status the status answered, or 0 when a fault dropped the connection or never answered
 * @param answer the body answered, empty when there was none (Meta's sandbox keeps none: its answers carry tokens)
 */
public record RecordedRequest(Instant at, String method, String path, String query, Map<String, List<String>> headers,
		String body, int status, String answer) {

	/** The answer with secrets and tokens masked; masked when read, so recording each request stays cheap. */
	@Override
	public String answer() {
		return SandboxHttpServer.maskBody(answer);
	}

	public String header(String name) {
		return headers.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(name))
			.flatMap(entry -> entry.getValue().stream())
			.findFirst()
			.orElse(null);
	}

}
