/** The home page: a summary of what the signed-in role may see. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard", allowedDependencies = { "web", "projects" })
package com.provisioningportal.portal.dashboard;
