/**
 * Sinch's WhatsApp resources: senders, the project's WhatsApp account and partner solutions, templates, and their
 * activity trails. Only the WhatsApp feature uses them.
 */
@org.springframework.modulith.NamedInterface("whatsapp")
package com.provisioningportal.portal.gateway.whatsapp;
