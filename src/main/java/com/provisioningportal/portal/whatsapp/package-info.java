/**
 * WhatsApp: senders (read live from Sinch, with their changes audited) and, in time, the account, templates and
 * Embedded Signup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "WhatsApp", allowedDependencies = { "web", "audit", "gateway", "gateway :: whatsapp", "projects", "callbacks", "dashboard" })
package com.provisioningportal.portal.whatsapp;
