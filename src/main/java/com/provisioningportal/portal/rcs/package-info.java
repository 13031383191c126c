/**
 * RCS senders, read live from Sinch: created with their brand and test numbers, tried by invited testers, launched
 * with Sinch's review and each operator's decision followed country by country; every change audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "RCS", allowedDependencies = { "web", "audit", "gateway", "gateway :: rcs", "projects", "callbacks", "dashboard" })
package com.provisioningportal.portal.rcs;
