/**
 * SMS apps, read live from Sinch: created through a bundle (with a new Conversation app, waited on until Sinch
 * finishes) or on their own (optionally linked to an existing Conversation app), renamed and deleted; every change
 * audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SMS", allowedDependencies = { "web", "audit", "gateway", "gateway :: sms", "gateway :: webhooks", "projects", "callbacks", "dashboard" })
package com.provisioningportal.portal.sms;
