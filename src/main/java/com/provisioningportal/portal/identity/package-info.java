/**
 * Portal users and their roles: sign-in (with a per-name lock after repeated failures), sign-out, sessions,
 * password changes, the first administrator, and user administration. Also the security filter chain that
 * applies every feature's route rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "web", "audit", "projects" })
package com.provisioningportal.portal.identity;
