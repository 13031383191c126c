package com.provisioningportal.portal.gateway.rcs;

import java.time.Instant;

/**
 * One entry of a sender's activity trail (newest first). Comments, Sinch's among them, appear here with
 * {@code type} {@code COMMENT_ADDED}.
 */
public record RcsActivity(String type, Instant created, String author, String comment) {

}
