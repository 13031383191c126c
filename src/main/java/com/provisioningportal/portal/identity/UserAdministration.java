package com.provisioningportal.portal.identity;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import com.provisioningportal.portal.web.RuleViolation;

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

	UserAdministration(PortalUserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			UserSessions sessions, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.sessions = sessions;
		this.clock = clock;
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
		if (users.findByUsername(username).isPresent()) {
			throw new RuleViolation("username", "A user with this name already exists.");
		}
		requireAcceptable(command.temporaryPassword(), username);
		PortalUser user = new PortalUser(username, passwordEncoder.encode(command.temporaryPassword()), command.role(),
				true, clock.instant());
		try {
			users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolation("username", "A user with this name already exists.");
		}
		return summary(user);
	}

	@Transactional
	UserSummary changeRole(long id, Role role) {
		PortalUser user = load(id);
		if (user.role() == role) {
			return summary(user);
		}
		if (user.isEnabledAdmin()) {
			requireAnotherEnabledAdministrator(user, "The last administrator cannot be given another role. Make someone else an administrator first.");
		}
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
		if (!enabled) {
			if (user.username().equalsIgnoreCase(actingUsername)) {
				throw new RuleViolation(null, "You cannot disable your own account.");
			}
			if (user.isEnabledAdmin()) {
				requireAnotherEnabledAdministrator(user, "The last administrator cannot be disabled. Make someone else an administrator first.");
			}
			sessions.endAll(user.username());
		}
		user.setEnabled(enabled);
		return summary(user);
	}

	@Transactional
	UserSummary unlock(long id) {
		PortalUser user = load(id);
		throttle.clear(user.username());
		return summary(user);
	}

	@Transactional
	UserSummary resetPassword(long id, String temporaryPassword) {
		PortalUser user = load(id);
		requireAcceptable(temporaryPassword, user.username());
		user.changePassword(passwordEncoder.encode(temporaryPassword), true, clock.instant());
		throttle.clear(user.username());
		sessions.endAll(user.username());
		return summary(user);
	}

	private void requireAnotherEnabledAdministrator(PortalUser user, String message) {
		boolean another = users.lockEnabledAdministrators().stream().anyMatch(admin -> !Objects.equals(admin.id(), user.id()));
		if (!another) {
			throw new RuleViolation(null, message);
		}
	}

	private void requireAcceptable(String password, String username) {
		PasswordPolicy.problem(password, username).ifPresent(problem -> {
			throw new RuleViolation("temporaryPassword", problem);
		});
	}

	private PortalUser load(long id) {
		return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

	private UserSummary summary(PortalUser user) {
		return UserSummary.of(user, throttle.lockedUntil(user.username()).orElse(null));
	}

}
