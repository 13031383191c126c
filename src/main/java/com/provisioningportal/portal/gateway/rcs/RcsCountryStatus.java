package com.provisioningportal.portal.gateway.rcs;

import java.time.Instant;
import java.util.List;

/**
 * The launch of a sender in one country: the country's status and each operator's.
 *
 * @param status {@code PENDING}, {@code LAUNCHED}, {@code REJECTED}, ... as Sinch reports it
 */
public record RcsCountryStatus(String country, String status, List<Operator> operators) {

	/**
	 * One operator's decision.
	 *
	 * @param status {@code PENDING}, {@code LAUNCHED}, {@code REJECTED} or {@code SUSPENDED}
	 * @param remark why the operator refused, when it did
	 */
	public record Operator(String name, String status, String remark, Instant modified) {

	}

}
