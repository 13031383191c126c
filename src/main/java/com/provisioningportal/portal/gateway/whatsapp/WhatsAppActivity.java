package com.provisioningportal.portal.gateway.whatsapp;

import java.time.Instant;

/**
 * One entry of a sender's, account's or template's activity trail (newest first). Comments appear here with
 * {@code type} {@code COMMENT_ADDED}: Sinch has no separate comment list.
 */
public record WhatsAppActivity(String type, Instant created, String author, String comment) {

}
