package com.provisioningportal.portal;

import java.io.PrintStream;
import java.util.Map;

/**
 * A command of the portal's jar that runs instead of the portal, e.g. {@code java -jar portal.jar audit verify …}.
 * A feature registers its own in {@code META-INF/spring.factories} under this interface's name, so the application
 * class needs to know none of them.
 */
public interface PortalCommand {

	/** The first argument that selects this command. */
	String name();

	/** Runs with every argument (the name first) and returns the process's exit status. */
	int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err);

}
