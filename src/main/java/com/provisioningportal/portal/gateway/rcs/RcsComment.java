package com.provisioningportal.portal.gateway.rcs;

import java.time.Instant;

/** A comment on a sender as Sinch confirms it after it was added. */
public record RcsComment(String type, String comment, Instant created) {

}
