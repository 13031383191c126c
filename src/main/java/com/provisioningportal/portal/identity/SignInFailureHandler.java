package com.provisioningportal.portal.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form, keeping the name typed. A wrong password, a locked name, a locked address
 * and a busy instance give different messages, but none depends on whether the name exists or is disabled.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String LAST_USERNAME = "portal.sign-in.last-username";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		if (username != null && username.length() <= 200) {
			request.getSession().setAttribute(LAST_USERNAME, username);
		}
		response.sendRedirect(request.getContextPath() + "/login?" + outcome(exception));
	}

	private static String outcome(AuthenticationException exception) {
		if (exception instanceof AddressLockedException) {
			return "addressLocked";
		}
		if (exception instanceof LockedException) {
			return "locked";
		}
		if (exception instanceof SignInBusyException) {
			return "busy";
		}
		return "error";
	}

}
