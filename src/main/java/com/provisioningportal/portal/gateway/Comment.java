package com.provisioningportal.portal.gateway;

import java.time.Instant;

/** A comment as Sinch confirms it after it was added. */
public record Comment(String type, String comment, Instant created) {

}
