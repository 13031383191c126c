package com.provisioningportal.portal.audit;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * Records what Spring Security sees: sign-ins that worked or failed, and change requests (anything but a read)
 * refused for lack of permission (those of clients not signed in are counted and summarised per minute). These are
 * facts about the portal itself, so a failure to record one is logged and does not break sign-in.
 */
class SecurityEventsAudit {

	private static final Logger log = LoggerFactory.getLogger(SecurityEventsAudit.class);

	static final String SIGN_IN = "SIGN_IN";

	static final String REQUEST_DENIED = "REQUEST_DENIED";

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final AuditLog auditLog;

	private final ObjectProvider<ActorDirectory> directory;

	private final AnonymousDenials anonymousDenials;

	SecurityEventsAudit(AuditLog auditLog, ObjectProvider<ActorDirectory> directory, AnonymousDenials anonymousDenials) {
		this.anonymousDenials = anonymousDenials;
		this.auditLog = auditLog;
		this.directory = directory;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		Actor actor = Origins.actorOf(event.getAuthentication());
		if (actor != null) {
			write(AuditEntry.of(SIGN_IN).resource("user", actor.name()).by(actor), Phase.SUCCEEDED, Outcome.ok());
		}
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		boolean known = name != null && directory.getIfAvailable(() -> username -> false).exists(name);
		// An unknown name is not stored: it is often a password typed into the wrong field.
		AuditEntry entry = known ? AuditEntry.of(SIGN_IN).resource("user", name).by(Actor.user(name, List.of()))
				: AuditEntry.of(SIGN_IN).resource("user", null).by(Actor.ANONYMOUS);
		write(entry, Phase.FAILED, Outcome.error(reason(event)));
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		if (!(event.getObject() instanceof HttpServletRequest request) || READS.contains(request.getMethod())) {
			return;
		}
		Authentication authentication = event.getAuthentication().get();
		Actor actor = Origins.actorOf(authentication);
		String route = request.getMethod() + " " + request.getRequestURI();
		if (actor == null) {
			try {
				anonymousDenials.count(request.getRemoteAddr(), route);
			}
			catch (DataAccessException ex) {
				log.error("A denied anonymous request was not counted: {}", ex.getMessage());
			}
			return;
		}
		write(AuditEntry.of(REQUEST_DENIED).resource("route", route).by(actor), Phase.DENIED,
				Outcome.error("No permission for this page"));
	}

	private static String reason(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof LockedException) {
			return "Locked after repeated failures";
		}
		if (event.getException() instanceof DisabledException) {
			return "Account disabled";
		}
		return "Wrong user name or password";
	}

	private void write(AuditEntry entry, Phase phase, Outcome outcome) {
		try {
			auditLog.record(entry, phase, outcome);
		}
		catch (AuditUnavailableException ex) {
			log.error("Security event {} {} was not recorded in the audit log", entry.action(), phase);
		}
	}

}
