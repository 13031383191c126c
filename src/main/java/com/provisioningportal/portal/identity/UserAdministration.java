package com.provisioningportal.portal.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of managing portal users: unique names, password policy, and never leaving the portal without an administrator. */
@Service
class UserAdministration {

	private final PortalUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SignInThrottle throttle;

	private final UserSessions sessions;

	private final Clock clock;

	private final AuditLog auditLog;

	private final TeamAdministration teams;

	private final MessageSourceAccessor messages;

	UserAdministration(PortalUserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			UserSessions sessions, Clock clock, AuditLog auditLog, TeamAdministration teams, MessageSource messageSource) {
		this.teams = teams;
		this.messages = new MessageSourceAccessor(messageSource);
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.sessions = sessions;
		this.clock = clock;
		this.auditLog = auditLog;
	}

	record CreateUser(String username, Role role, String temporaryPassword) {
	}

	@Transactional(readOnly = true)
	List<UserSummary> list() {
		return users.findAllByOrderByUsernameAsc().stream().map(this::summary).toList();
	}

	@Transactional(readOnly = true)
	UserSummary get(long id) {
		return summary(load(id));
	}

	@Transactional
	UserSummary create(CreateUser command) {
		String username = command.username().trim();
		return auditLog.change(AuditEntry.of("USER_CREATE").resource("user", username).request(Map.of("role", command.role())),
				() -> createChecked(command, username), user -> Outcome.ok(state(user)));
	}

	private UserSummary createChecked(CreateUser command, String username) {
		if (users.findByUsername(username).isPresent()) {
			throw violation("username", Messages.of("user.name.taken"));
		}
		requireAcceptable(command.temporaryPassword(), username);
		PortalUser user = new PortalUser(username, passwordEncoder.encode(command.temporaryPassword()), command.role(),
				true, clock.instant());
		try {
			users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw violation("username", Messages.of("user.name.taken"));
		}
		return summary(user);
	}

	@Transactional
	UserSummary changeRole(long id, Role role) {
		PortalUser user = load(id);
		if (user.role() == role) {
			return summary(user);
		}
		return auditLog.change(AuditEntry.of("USER_ROLE_CHANGE").resource("user", user.username())
			.request(Map.of("role", role))
			.before(state(summary(user))), () -> changeRoleChecked(user, role), changed -> Outcome.ok(state(changed)));
	}

	private UserSummary changeRoleChecked(PortalUser user, Role role) {
		if (user.isEnabledAdmin()) {
			requireAnotherEnabledAdministrator(user, Messages.of("user.role.last-administrator"));
		}
		teams.followRole(user.id(), user.role(), role);
		user.changeRole(role);
		sessions.endAll(user.username());
		return summary(user);
	}

	@Transactional
	UserSummary setEnabled(long id, boolean enabled, String actingUsername) {
		PortalUser user = load(id);
		if (user.enabled() == enabled) {
			return summary(user);
		}
		return auditLog.change(AuditEntry.of(enabled ? "USER_ENABLE" : "USER_DISABLE").resource("user", user.username())
			.before(state(summary(user))), () -> setEnabledChecked(user, enabled, actingUsername),
				changed -> Outcome.ok(state(changed)));
	}

	private UserSummary setEnabledChecked(PortalUser user, boolean enabled, String actingUsername) {
		if (!enabled) {
			if (user.username().equalsIgnoreCase(actingUsername)) {
				throw violation(null, Messages.of("user.disable.self"));
			}
			if (user.isEnabledAdmin()) {
				requireAnotherEnabledAdministrator(user, Messages.of("user.disable.last-administrator"));
			}
			sessions.endAll(user.username());
		}
		user.setEnabled(enabled);
		return summary(user);
	}

	@Transactional
	UserSummary unlock(long id) {
		PortalUser user = load(id);
		return auditLog.change(AuditEntry.of("USER_UNLOCK").resource("user", user.username()), () -> {
			throttle.clear(user.id());
			return summary(user);
		}, unlocked -> Outcome.ok());
	}

	@Transactional
	UserSummary resetPassword(long id, String temporaryPassword) {
		PortalUser user = load(id);
		return auditLog.change(AuditEntry.of("USER_PASSWORD_RESET").resource("user", user.username()),
				() -> resetPasswordChecked(user, temporaryPassword), reset -> Outcome.ok(state(reset)));
	}

	private UserSummary resetPasswordChecked(PortalUser user, String temporaryPassword) {
		requireAcceptable(temporaryPassword, user.username());
		user.changePassword(passwordEncoder.encode(temporaryPassword), true, clock.instant());
		throttle.clear(user.id());
		sessions.endAll(user.username());
		return summary(user);
	}

	/** What the audit log keeps of a user: never a password or its hash. */
	private static Map<String, Object> state(UserSummary user) {
		return Map.of("username", user.username(), "role", user.role(), "enabled", user.enabled(),
				"mustChangeAtNextSignIn", user.mustChangePassword());
	}

	private void requireAnotherEnabledAdministrator(PortalUser user, MessageSourceResolvable message) {
		boolean another = users.lockEnabledAdministrators().stream().anyMatch(admin -> !Objects.equals(admin.id(), user.id()));
		if (!another) {
			throw violation(null, message);
		}
	}

	private void requireAcceptable(String password, String username) {
		PasswordPolicy.problem(password, username).ifPresent(problem -> {
			throw violation("temporaryPassword", problem);
		});
	}

	private PortalUser load(long id) {
		return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	private UserSummary summary(PortalUser user) {
		return UserSummary.of(user, throttle.lockedUntil(user.id()).orElse(null));
	}

	/** Resolved now: the page or the flash message shows the violation's text. */
	private RuleViolation violation(String field, MessageSourceResolvable message) {
		return new RuleViolation(field, messages.getMessage(message));
	}

}
