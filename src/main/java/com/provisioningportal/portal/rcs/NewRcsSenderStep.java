package com.provisioningportal.portal.rcs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * The create form's steps in order, with the fields each asks for. It stays one form sent once; after a refused submit
 * the page opens at the first step with a problem.
 */
enum NewRcsSenderStep {

	BRAND("region", "billingCategory", "useCase", "brandName", "description", "color", "countries"),
	CONTACT("contactEmail", "contactPhone", "website", "privacyPolicyUrl", "termsOfServiceUrl"),
	MEDIA("logoUrl", "bannerUrl"),
	TEST_NUMBERS("testNumbers"),
	REVIEW;

	private final List<String> fields;

	NewRcsSenderStep(String... fields) {
		this.fields = List.of(fields);
	}

	/** The id of the step's fieldset on the page. */
	String id() {
		return "step-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Where the page opens after a refused submit: the first step with a field in error, or the review, beside the
	 * button, when only the whole form was refused; empty when nothing was.
	 */
	static Optional<NewRcsSenderStep> opening(Errors errors) {
		if (!errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(Arrays.stream(values())
			.filter(step -> step.fields.stream().anyMatch(errors::hasFieldErrors))
			.findFirst()
			.orElse(REVIEW));
	}

}
