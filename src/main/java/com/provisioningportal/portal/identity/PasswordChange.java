package com.provisioningportal.portal.identity;

import java.time.Clock;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user choosing their own password. */
@Service
class PasswordChange {

	private final PortalUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final UserSessions sessions;

	private final Clock clock;

	private final AuditLog auditLog;

	private final MessageSourceAccessor messages;

	PasswordChange(PortalUserRepository users, PasswordEncoder passwordEncoder, UserSessions sessions, Clock clock,
			AuditLog auditLog, MessageSource messageSource) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
		this.auditLog = auditLog;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	record ChangeOwnPassword(String username, String currentPassword, String newPassword, String currentSessionId) {
	}

	/** Changes the password and returns the refreshed principal for the current session. */
	@Transactional
	PortalUserPrincipal change(ChangeOwnPassword command) {
		return auditLog.change(AuditEntry.of("PASSWORD_CHANGE").resource("user", command.username()),
				() -> changeChecked(command), principal -> Outcome.ok());
	}

	private PortalUserPrincipal changeChecked(ChangeOwnPassword command) {
		PortalUser user = users.findByUsername(command.username())
			.orElseThrow(() -> violation(null, Messages.of("password.account.gone")));
		if (!passwordEncoder.matches(command.currentPassword(), user.passwordHash())) {
			throw violation("currentPassword", Messages.of("password.current.wrong"));
		}
		if (command.newPassword().equals(command.currentPassword())) {
			throw violation("newPassword", Messages.of("password.new.unchanged"));
		}
		PasswordPolicy.problem(command.newPassword(), user.username()).ifPresent(problem -> {
			throw violation("newPassword", problem);
		});
		user.changePassword(passwordEncoder.encode(command.newPassword()), false, clock.instant());
		sessions.endAllExcept(user.username(), command.currentSessionId());
		return new PortalUserPrincipal(user);
	}

	/** Resolved now: the page or the flash message shows the violation's text. */
	private RuleViolation violation(String field, MessageSourceResolvable message) {
		return new RuleViolation(field, messages.getMessage(message));
	}

}
