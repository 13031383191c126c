package com.provisioningportal.portal.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL refuses U+0000 in text, and nobody types it: a request with one in any parameter (a form field, a
 * filter, a sign-in name) is a bad request before anything reads it, whichever page it was meant for. Runs before
 * Spring Security, whose sign-in would otherwise look the name up.
 */
@Component
class NulCharacterFilter extends OncePerRequestFilter implements Ordered {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (hasNul(parameter.getKey()) || Arrays.stream(parameter.getValue()).anyMatch(NulCharacterFilter::hasNul)) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean hasNul(String text) {
		return text != null && text.indexOf('\u0000') >= 0;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
