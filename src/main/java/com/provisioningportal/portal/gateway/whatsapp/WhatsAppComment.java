package com.provisioningportal.portal.gateway.whatsapp;

import java.time.Instant;

/** A comment as Sinch confirms it after it was added. */
public record WhatsAppComment(String type, String comment, Instant created) {

}
