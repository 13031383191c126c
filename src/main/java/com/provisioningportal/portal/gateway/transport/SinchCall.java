package com.provisioningportal.portal.gateway.transport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.PageRequest;

import org.springframework.http.HttpMethod;

/**
 * One request the gateway makes: the operation name and URI template (used as metric tags and in logs, never the
 * expanded URI), path variables, query parameters (repeated when a list) and the body.
 */
public record SinchCall(String operation, HttpMethod method, String uriTemplate, Map<String, String> pathVariables,
		Map<String, List<String>> query, Object body) {

	/** Where every resource of one project lives. */
	public static final String PROJECT = "/v1/projects/{projectId}";

	public static SinchCall of(String operation, HttpMethod method, String uriTemplate, String... pathVariables) {
		Map<String, String> variables = new LinkedHashMap<>();
		int index = 0;
		for (String name : uriTemplate.split("\\{")) {
			int end = name.indexOf('}');
			if (end > 0) {
				variables.put(name.substring(0, end), pathVariables[index++]);
			}
		}
		return new SinchCall(operation, method, uriTemplate, variables, new LinkedHashMap<>(), null);
	}

	String projectId() {
		return pathVariables.get("projectId");
	}

	public SinchCall query(String name, Object value) {
		if (value != null) {
			query.computeIfAbsent(name, key -> new ArrayList<>()).add(String.valueOf(value));
		}
		return this;
	}

	public SinchCall query(String name, List<String> values) {
		values.forEach(value -> query(name, value));
		return this;
	}

	public SinchCall page(PageRequest page) {
		return query("pageToken", page.pageToken()).query("pageSize", page.pageSize());
	}

	public SinchCall body(Object newBody) {
		return new SinchCall(operation, method, uriTemplate, pathVariables, query, newBody);
	}

}
