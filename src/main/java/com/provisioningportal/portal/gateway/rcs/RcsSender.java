package com.provisioningportal.portal.gateway.rcs;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RCS sender as Sinch returns it. Enum-like fields ({@code state}, {@code region}, {@code billingCategory},
 * {@code useCase}) are Sinch's raw strings, so values Sinch adds later are kept and shown.
 *
 * @param state {@code IN_PROGRESS} while Sinch sets up the test agent, {@code IN_TEST}, then after a launch
 * {@code PENDING_LAUNCH} or {@code PREPARING_LAUNCH}, {@code LAUNCHING}, and {@code LAUNCHED} or {@code UNLAUNCHED}
 * @param testNumberStates every test number with its invitation state
 * @param countryStatus the launch in each country, with each operator's decision; empty before a launch
 */
public record RcsSender(String id, String region, String billingCategory, String useCase, String state,
		Details details, List<RcsTestNumber> testNumberStates, List<RcsCountryStatus> countryStatus, Instant created,
		Instant modified) {

	/**
	 * What the sender's owner tells Sinch; in a create body as well as in Sinch's answers.
	 *
	 * @param countries ISO codes of the countries to launch in ({@code FR}, {@code GB}, ...)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Details(RcsBrand brand, String callbackUrl, List<String> testNumbers, List<String> countries,
			RcsQuestionnaire questionnaire) {

	}

}
