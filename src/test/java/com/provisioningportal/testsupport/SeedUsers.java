package com.provisioningportal.testsupport;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates the well-known users of dev mode and tests ({@code admin/admin}, {@code onboarder/onboarder},
 * {@code viewer/viewer}, {@code auditor/auditor}) when they are missing. It runs before the portal's first-admin
 * bootstrap, so that bootstrap finds users and prints no generated password. Test sources only: the production
 * jar cannot seed these.
 */
public class SeedUsers implements ApplicationRunner, Ordered {

	public static final String[] NAMES = { "admin", "onboarder", "viewer", "auditor" };

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	public SeedUsers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String name : NAMES) {
			ensure(name, name, name.toUpperCase(Locale.ROOT));
		}
	}

	public void ensure(String username, String password, String role) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into portal_user (username, password_hash, role, enabled, must_change_password, created_at, password_changed_at)
				values (:username, :hash, :role, true, false, :now, :now)
				on conflict do nothing
				""")
			.param("username", username)
			.param("hash", encoder.encode(password))
			.param("role", role)
			.param("now", now)
			.update();
	}

	public void disable(String username) {
		jdbc.sql("update portal_user set enabled = false where username = ?").param(username).update();
	}

	public void requirePasswordChange(String username) {
		jdbc.sql("update portal_user set must_change_password = true where username = ?").param(username).update();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
