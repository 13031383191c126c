package com.provisioningportal.portal.audit;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request (one user action) a correlation id before security runs, so sign-in events, the ATTEMPT
 * and outcome rows and every log line of that request carry the same id. It is sent back in a response header
 * for support.
 */
class CorrelationFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = CorrelationFilter.class.getName() + ".id";

	static final String MDC_KEY = "correlationId";

	static final String HEADER = "X-Correlation-Id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		UUID id = UUID.randomUUID();
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id.toString());
		MDC.put(MDC_KEY, id.toString());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}
