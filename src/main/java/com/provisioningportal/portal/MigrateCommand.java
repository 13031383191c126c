package com.provisioningportal.portal;

import java.io.PrintStream;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * {@code java -jar portal.jar migrate}: applies the database migrations and exits, as the schema's owner
 * ({@code SPRING_FLYWAY_USER}, {@code SPRING_FLYWAY_PASSWORD}) on {@code SPRING_FLYWAY_URL} or else
 * {@code SPRING_DATASOURCE_URL}. For an init container or a deployment step, so the portal itself can connect as
 * the restricted role with {@code SPRING_FLYWAY_ENABLED=false}. Exit status 0 when the schema is current, 1 when a
 * migration failed, 2 when a setting is missing.
 */
public final class MigrateCommand implements PortalCommand {

	@Override
	public String name() {
		return "migrate";
	}

	@Override
	public int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		String url = environment.getOrDefault("SPRING_FLYWAY_URL", environment.get("SPRING_DATASOURCE_URL"));
		String user = environment.get("SPRING_FLYWAY_USER");
		if (args.length != 1 || url == null || url.isBlank() || user == null || user.isBlank()) {
			err.println("usage: java -jar portal.jar migrate\n  with SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD and "
					+ "SPRING_FLYWAY_URL (or SPRING_DATASOURCE_URL) set: the schema owner's credentials");
			return 2;
		}
		try {
			MigrateResult result = Flyway.configure()
				.dataSource(url, user, environment.get("SPRING_FLYWAY_PASSWORD"))
				.cleanDisabled(true)
				.load()
				.migrate();
			out.println("Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
					+ " migrations applied now)");
			return 0;
		}
		catch (FlywayException ex) {
			err.println("Migration failed: " + ex.getMessage());
			return 1;
		}
	}

}
