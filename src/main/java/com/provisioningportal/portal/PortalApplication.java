package com.provisioningportal.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.io.support.SpringFactoriesLoader;

@SpringBootApplication
public class PortalApplication {

	public static void main(String[] args) {
		for (PortalCommand command : SpringFactoriesLoader.loadFactories(PortalCommand.class,
				PortalApplication.class.getClassLoader())) {
			if (args.length > 0 && command.name().equals(args[0])) {
				System.exit(command.run(args, System.getenv(), System.out, System.err));
			}
		}
		SpringApplication.run(PortalApplication.class, args);
	}

}
