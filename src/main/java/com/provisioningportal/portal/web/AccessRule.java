package com.provisioningportal.portal.web;

import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * One line of the route table: a path pattern (Spring's {@code PathPattern} syntax), the methods it covers
 * (empty: all), and who may use it.
 */
public record AccessRule(String pattern, Set<HttpMethod> methods, Access access) {

	public AccessRule {
		methods = Set.copyOf(methods);
	}

	public static AccessRule any(String pattern, Access access) {
		return new AccessRule(pattern, Set.of(), access);
	}

	public static AccessRule get(String pattern, Access access) {
		return new AccessRule(pattern, Set.of(HttpMethod.GET, HttpMethod.HEAD), access);
	}

	public static AccessRule post(String pattern, Access access) {
		return new AccessRule(pattern, Set.of(HttpMethod.POST), access);
	}

	public boolean covers(HttpMethod method) {
		return methods.isEmpty() || methods.contains(method);
	}

}
