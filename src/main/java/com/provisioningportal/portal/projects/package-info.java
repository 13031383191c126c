/**
 * The Sinch projects the portal manages: their credentials (encrypted at rest, write-only on the pages) and their
 * setup status. A project holds one WhatsApp account, so an onboarding team works across many.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects", allowedDependencies = { "web", "audit", "gateway", "gateway :: webhooks" })
package com.provisioningportal.portal.projects;
