package com.provisioningportal.portal.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a new installation can be signed into: when no user exists, creates the first administrator from
 * {@code PORTAL_ADMIN_USERNAME}/{@code PORTAL_ADMIN_PASSWORD}, or with a generated password printed once, which
 * must be changed at first sign-in.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final PortalUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String configuredUsername;

	private final String configuredPassword;

	FirstAdministrator(PortalUserRepository users, PasswordEncoder passwordEncoder, JdbcClient jdbc, Clock clock,
			@Value("${portal.admin.username:${PORTAL_ADMIN_USERNAME:}}") String configuredUsername,
			@Value("${portal.admin.password:${PORTAL_ADMIN_PASSWORD:}}") String configuredPassword) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.clock = clock;
		this.configuredUsername = configuredUsername;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// Several instances may start at once on an empty database; only one may create the administrator.
		jdbc.sql("select pg_advisory_xact_lock(hashtext('portal.first-administrator'))").query().singleRow();
		if (users.count() > 0) {
			return;
		}
		boolean configured = !configuredUsername.isBlank() && !configuredPassword.isBlank();
		String username = configuredUsername.isBlank() ? "admin" : configuredUsername.trim();
		String password = configured ? configuredPassword : generatedPassword();
		users.save(new PortalUser(username, passwordEncoder.encode(password), Role.ADMIN, !configured, clock.instant()));
		if (configured) {
			log.info("Created the first administrator '{}' from PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD.", username);
		}
		else {
			log.warn("Created the first administrator '{}' with the one-time password {} (shown only now; it must be changed at first sign-in).",
					username, password);
		}
	}

	private static String generatedPassword() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
