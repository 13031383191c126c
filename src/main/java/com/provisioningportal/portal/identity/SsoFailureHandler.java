package com.provisioningportal.portal.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the sign-in page, saying whether the portal refused the account or the sign-in itself failed. */
final class SsoFailureHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SsoFailureHandler.class);

	private static final Set<String> REFUSALS = Set.of(SsoAccounts.COLLISION, SsoAccounts.DISABLED);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode() : null;
		String outcome = (code != null && REFUSALS.contains(code)) ? code.substring("portal_account_".length()) : "failed";
		if (outcome.equals("failed")) {
			log.warn("A single sign-on failed: {}", exception.getMessage());
		}
		response.sendRedirect(request.getContextPath() + "/login?sso=" + outcome);
	}

}
