package com.provisioningportal.portal.gateway.rcs;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sender to create.
 *
 * @param region {@code EU}, {@code US} or {@code BR}
 * @param billingCategory {@code CONVERSATIONAL} or {@code NON_CONVERSATIONAL} (the other published values are
 * deprecated)
 * @param useCase {@code MULTIUSE}, {@code OTP}, {@code PROMOTIONAL} or {@code TRANSACTIONAL}; it decides the launch
 * questions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewRcsSender(String region, String billingCategory, String useCase, RcsSender.Details details) {

	public NewRcsSender {
		Objects.requireNonNull(details, "details");
		Objects.requireNonNull(details.brand(), "details.brand");
	}

}
