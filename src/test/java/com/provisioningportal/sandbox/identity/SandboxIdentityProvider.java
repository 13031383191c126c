package com.provisioningportal.sandbox.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider for dev mode and the tests: Spring Authorization Server as an application of its
 * own (own context, own port, own beans), so none of it enters the portal's. It knows the people of its
 * {@link IdentityDirectory} and one client, the portal, which may send people back to the portals allowed with
 * {@link #allowPortal}. See docs/sandbox.md.
 */
public final class SandboxIdentityProvider implements AutoCloseable {

	/** Dev mode's port (http://localhost:8092). */
	public static final int DEV_MODE_PORT = 8092;

	public static final String CLIENT_ID = "provisioning-portal";

	public static final String CLIENT_SECRET = "sandbox-sso-secret";

	/** The group whose members are the portal's administrators. */
	public static final String ADMIN_GROUP = "portal-admins";

	public static final String TRAVEL_GROUP = "travel-onboarders";

	public static final String RETAIL_GROUP = "retail-onboarders";

	private final ConfigurableApplicationContext context;

	private final IdentityDirectory directory;

	private final PortalClient client;

	private SandboxIdentityProvider(ConfigurableApplicationContext context, IdentityDirectory directory, PortalClient client) {
		this.context = context;
		this.directory = directory;
		this.client = client;
	}

	/**
	 * Starts the provider on the port (0 for any free one) with the seeded people: {@code traveller}/{@code travel}
	 * in {@value #TRAVEL_GROUP}, {@code retailer}/{@code retail} in {@value #RETAIL_GROUP}, {@code sso-admin}/{@code admin}
	 * in {@value #ADMIN_GROUP}.
	 */
	public static SandboxIdentityProvider start(int port) {
		IdentityDirectory directory = new IdentityDirectory();
		directory.add("traveller", "travel", "traveller@sandbox.example", "Tess Traveller", TRAVEL_GROUP);
		directory.add("retailer", "retail", "retailer@sandbox.example", "Rick Retailer", RETAIL_GROUP);
		directory.add("sso-admin", "admin", "sso-admin@sandbox.example", "Ada Admin", ADMIN_GROUP);
		PortalClient client = new PortalClient(CLIENT_ID, CLIENT_SECRET);
		// The portal's check of its own settings runs for every Spring application on the class path; not this one.
		SpringApplication application = new SpringApplicationBuilder(ProviderConfiguration.class)
			.properties("spring.main.web-application-type=servlet", "spring.main.banner-mode=off",
					"spring.main.log-startup-info=false", "spring.config.name=sandbox-identity-provider",
					"portal.startup-check.enabled=false", "sandbox.identity.port=" + port)
			.initializers(context -> {
				context.getBeanFactory().registerSingleton("directory", directory);
				context.getBeanFactory().registerSingleton("clients", client);
			})
			.registerShutdownHook(false)
			.build();
		// The portal in the same JVM has set logging up; starting again would reset it.
		application.setListeners(application.getListeners()
			.stream()
			.filter(listener -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return new SandboxIdentityProvider(application.run(), directory, client);
	}

	/** The issuer: the address the portal and browsers reach the provider at. */
	public String issuer() {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public IdentityDirectory directory() {
		return directory;
	}

	/** Lets the portal at this address be sent back to after sign-in and sign-out. */
	public SandboxIdentityProvider allowPortal(String portalBaseUrl) {
		client.allow(portalBaseUrl);
		return this;
	}

	@Override
	public void close() {
		context.close();
	}

}
