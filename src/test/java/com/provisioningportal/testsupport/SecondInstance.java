package com.provisioningportal.testsupport;

import com.provisioningportal.portal.PortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another portal instance on the run's database and sandbox, on a port of its own, as a second replica behind a
 * load balancer would be. Close it when done.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	public static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PortalApplication.class, TestInfrastructure.class).profiles("test")
			.properties("spring.main.banner-mode=off")
			// As an argument, so it outranks application.yml's port (default properties would not).
			.run("--server.port=0");
	}

	/** The port its server listens on. */
	public static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

}
