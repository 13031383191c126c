package com.provisioningportal.portal.rcs;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotNull;

import com.provisioningportal.portal.gateway.rcs.NewRcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.web.Messages;

import org.springframework.validation.BindingResult;

/**
 * A new RCS sender: where it runs and what for, its brand (see {@link RcsBrandForm}) and the test numbers to invite.
 * Empty optional fields are not sent.
 */
class NewRcsSenderForm extends RcsBrandForm {

	/** Sinch invites at most 20 testers a day. */
	static final int MAX_TEST_NUMBERS = 20;

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	private String formToken;

	@NotNull(message = "{rcs.sender.region.required}")
	private RcsChoices.Region region;

	@NotNull(message = "{rcs.sender.billing-category.required}")
	private RcsChoices.BillingCategory billingCategory;

	@NotNull(message = "{rcs.sender.use-case.required}")
	private RcsChoices.UseCase useCase;

	private String testNumbers;

	/** The brand's checks, and the test numbers'. */
	@Override
	void validate(BindingResult result) {
		super.validate(result);
		List<String> numbers = testNumberList();
		if (numbers.stream().anyMatch(number -> !E164.matcher(number).matches())) {
			Messages.reject(result, "testNumbers", Messages.of("rcs.test-number.format"));
		}
		else if (numbers.size() > MAX_TEST_NUMBERS) {
			Messages.reject(result, "testNumbers", Messages.of("rcs.test-number.too-many", MAX_TEST_NUMBERS));
		}
	}

	NewRcsSender toSender() {
		List<String> numbers = testNumberList();
		return new NewRcsSender(region.name(), billingCategory.name(), useCase.name(), new RcsSender.Details(brand(), null,
				numbers.isEmpty() ? null : numbers, getCountries().isEmpty() ? null : List.copyOf(getCountries()), null));
	}

	/** The test numbers as typed, one per line or separated by commas, each once. */
	List<String> testNumberList() {
		return parseNumbers(testNumbers);
	}

	static List<String> parseNumbers(String typed) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(typed.trim())).filter(number -> !number.isEmpty()).distinct().toList();
	}

	static boolean isE164(String number) {
		return E164.matcher(number).matches();
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public RcsChoices.Region getRegion() {
		return region;
	}

	public void setRegion(RcsChoices.Region region) {
		this.region = region;
	}

	public RcsChoices.BillingCategory getBillingCategory() {
		return billingCategory;
	}

	public void setBillingCategory(RcsChoices.BillingCategory billingCategory) {
		this.billingCategory = billingCategory;
	}

	public RcsChoices.UseCase getUseCase() {
		return useCase;
	}

	public void setUseCase(RcsChoices.UseCase useCase) {
		this.useCase = useCase;
	}

	public String getTestNumbers() {
		return testNumbers;
	}

	public void setTestNumbers(String testNumbers) {
		this.testNumbers = testNumbers;
	}

}
