package com.provisioningportal.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request the sandbox received, as tests inspect it: credentials in {@code Authorization} and any
 * {@code secret} in the JSON body are masked.
 *
 * @param status the status answered, or 0 when a fault dropped the connection or never answered
 */
public record RecordedRequest(Instant at, String method, String path, String query, Map<String, List<String>> headers,
		String body, int status) {

	public String header(String name) {
		return headers.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(name))
			.flatMap(entry -> entry.getValue().stream())
			.findFirst()
			.orElse(null);
	}

}
