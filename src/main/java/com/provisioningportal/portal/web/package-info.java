/**
 * The frame every page shares: layout, error pages, fragments, flash messages, one-time form tokens and the route
 * access table that each feature contributes to. Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {})
package com.provisioningportal.portal.web;
