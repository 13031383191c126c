package com.provisioningportal.portal.gateway.rcs;

import java.time.Instant;

/**
 * A phone number invited to try the sender before it is launched.
 *
 * @param state {@code UNVERIFIED} while the invitation waits for an answer, {@code VERIFIED} once accepted,
 * {@code DECLINED}, {@code EXPIRED}, {@code FAILED}, {@code INVALID}, {@code PENDING} or {@code REJECTED} else
 * @param submitted when the (last) invitation was sent
 */
public record RcsTestNumber(String number, String state, Instant submitted) {

}
