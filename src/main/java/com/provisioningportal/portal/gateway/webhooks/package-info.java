/** Sinch's provisioning webhooks of a project, which any feature may register for the callbacks it needs. */
@org.springframework.modulith.NamedInterface("webhooks")
package com.provisioningportal.portal.gateway.webhooks;
