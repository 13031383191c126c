package com.provisioningportal.portal;

import com.provisioningportal.portal.audit.AuditCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PortalApplication {

	public static void main(String[] args) {
		if (AuditCommand.isAskedFor(args)) {
			System.exit(AuditCommand.run(args, System.getenv(), System.out, System.err));
		}
		SpringApplication.run(PortalApplication.class, args);
	}

}
