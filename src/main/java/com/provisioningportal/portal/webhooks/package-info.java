/**
 * Provisioning webhooks: the pages that list, add, change and delete a project's webhooks at Sinch, with Sinch's
 * catalogue of triggers. Receiving what those webhooks send is the callbacks module's job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks", allowedDependencies = { "web", "audit", "gateway", "gateway :: webhooks", "projects" })
package com.provisioningportal.portal.webhooks;
