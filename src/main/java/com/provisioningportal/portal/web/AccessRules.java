package com.provisioningportal.portal.web;

import java.util.List;

/**
 * A feature's part of the route table. Every route the portal serves must be covered by some rule; anything else
 * is denied, and a test fails for a route without a rule.
 */
@FunctionalInterface
public interface AccessRules {

	List<AccessRule> rules();

}
