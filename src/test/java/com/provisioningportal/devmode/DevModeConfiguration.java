package com.provisioningportal.devmode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import com.provisioningportal.sandbox.SandboxOptions;
import com.provisioningportal.sandbox.SinchSandbox;
import com.provisioningportal.sandbox.identity.SandboxIdentityProvider;
import com.provisioningportal.sandbox.meta.MetaSandbox;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions;
import com.provisioningportal.portal.projects.DevProjects;
import com.provisioningportal.testsupport.PostgresChooser;
import com.provisioningportal.testsupport.SeedUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
class DevModeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevModeConfiguration.class);

	/** Everything dev mode keeps between runs; deleting it (with dev mode stopped) starts afresh. */
	static final Path DEV_DATA = Path.of(System.getProperty("portal.dev-data", ".dev-data")).toAbsolutePath();

	private static final String DIGEST_DIR = "portal.audit.digest-dir";

	/** Port of the Sinch sandbox; {@code -Dportal.dev.sandbox-port=...} moves it. */
	static final int SANDBOX_PORT = Integer.getInteger("portal.dev.sandbox-port", SandboxOptions.DEV_MODE_PORT);

	/** The sandbox's base URL, known before it starts so the portal's properties can point at it. */
	static final String SANDBOX_URL = "http://localhost:" + SANDBOX_PORT;

	/** Port of the Meta sandbox (SDK, signup dialog, Graph); {@code -Dportal.dev.meta-port=...} moves it. */
	static final int META_PORT = Integer.getInteger("portal.dev.meta-port", MetaSandboxOptions.DEV_MODE_META_PORT);

	/** Port of the foreign origin that posts look-alike messages; {@code -Dportal.dev.foreign-port=...} moves it. */
	static final int FOREIGN_PORT = Integer.getInteger("portal.dev.foreign-port",
			MetaSandboxOptions.DEV_MODE_FOREIGN_PORT);

	/** Meta's origin in dev mode, known before the sandbox starts (the portal accepts messages from it). */
	static final String META_URL = "http://localhost:" + META_PORT;

	/** Port of the sandbox OpenID provider; {@code -Dportal.dev.identity-port=...} moves it. */
	static final int IDENTITY_PORT = Integer.getInteger("portal.dev.identity-port", SandboxIdentityProvider.DEV_MODE_PORT);

	/** The sandbox provider's issuer, known before it starts so the portal's single sign-on can point at it. */
	static final String IDENTITY_URL = "http://localhost:" + IDENTITY_PORT;

	/** The simulated Sinch, living and dying with the portal; its state is kept in {@code .dev-data/sandbox/}. */
	@Bean(destroyMethod = "close")
	SinchSandbox sinchSandbox() {
		SinchSandbox sandbox = SinchSandbox
			.start(SandboxOptions.devMode(DEV_DATA.resolve("sandbox")).withPort(SANDBOX_PORT));
		log.info("Sinch sandbox on {} (control page {}/_sandbox)", SANDBOX_URL, SANDBOX_URL);
		return sandbox;
	}

	/** The simulated Meta, living and dying with the portal; it keeps nothing between runs. */
	@Bean(destroyMethod = "close")
	MetaSandbox metaSandbox() {
		MetaSandbox sandbox = MetaSandbox.start(MetaSandboxOptions.devMode().withPorts(META_PORT, FOREIGN_PORT));
		log.info("Meta sandbox on {} (SDK {}), foreign origin on {}", sandbox.origin(), sandbox.sdkUrl(),
				sandbox.foreignOrigin());
		return sandbox;
	}

	/** The sandbox OpenID provider, living and dying with the portal; the portal may send people back to itself. */
	@Bean(destroyMethod = "close")
	SandboxIdentityProvider identityProvider(@Value("${server.port:8080}") int port) {
		SandboxIdentityProvider provider = SandboxIdentityProvider.start(IDENTITY_PORT)
			.allowPortal("http://localhost:" + port)
			.allowPortal("http://127.0.0.1:" + port);
		log.info("Sandbox sign-in provider on {} (traveller/travel, retailer/retail, sso-admin/admin)", provider.issuer());
		return provider;
	}

	@Bean
	DataSource dataSource() {
		PostgresChooser.Database database = PostgresChooser.forDevMode(DEV_DATA.resolve("postgres"));
		log.info("Dev mode database: {}", database);
		keepAuditDigestsWith(database);
		return database.dataSource("portal-dev");
	}

	/**
	 * Signed audit checkpoints describe one database, so they are kept with it: in {@code .dev-data} for the
	 * embedded cluster, per server for an external one, and for a container (gone at exit) in a folder of its
	 * own. The audit module reads the setting after the data source exists, since its verifier needs it first.
	 */
	private static void keepAuditDigestsWith(PostgresChooser.Database database) {
		if (System.getProperty(DIGEST_DIR) != null) {
			return;
		}
		Path digests = DEV_DATA.resolve("audit-digests");
		String external = System.getenv("PORTAL_DEV_DATABASE_URL");
		Path directory = database.throwaway() ? digests.resolve("container-" + UUID.randomUUID())
				: (external != null && !external.isBlank()) ? digests.resolve("external-" + Integer.toHexString(external.hashCode()))
						: digests.resolve("embedded");
		System.setProperty(DIGEST_DIR, directory.toString());
		log.info("Dev mode audit checkpoints: {}", directory);
	}

	@Bean
	DevProjects devProjects(ApplicationContext context, SinchSandbox sandbox) {
		return new DevProjects(context, sandbox);
	}

	@Bean
	SeedUsers seedUsers(JdbcClient jdbc, Clock clock) {
		return new SeedUsers(jdbc, clock);
	}

	@Bean
	DevTeams devTeams(JdbcClient jdbc, SeedUsers users) {
		return new DevTeams(jdbc, users);
	}

}
