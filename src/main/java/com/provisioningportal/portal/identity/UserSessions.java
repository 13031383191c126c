package com.provisioningportal.portal.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions on every portal instance (they live in PostgreSQL) when an administrator disables the
 * user, changes their role or resets their password, so the change takes effect at once.
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	void endAll(String username) {
		endAllExcept(username, null);
	}

	void endAllExcept(String username, String keptSessionId) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(repository::deleteById));
	}

}
