package com.provisioningportal.portal.rcs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.provisioningportal.portal.gateway.rcs.NewRcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsBrand;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.web.Messages;

import org.springframework.validation.BindingResult;

/**
 * A new RCS sender: where it runs and what for, its brand as phones show it, the contacts and legal pages a launch
 * needs, the countries to launch in and the test numbers to invite. Empty optional fields are not sent.
 */
class NewRcsSenderForm {

	/** Sinch invites at most 20 testers a day. */
	static final int MAX_TEST_NUMBERS = 20;

	private static final Pattern URL = Pattern.compile("https?://\\S{1,2040}");

	private static final Pattern CONTACT_PHONE = Pattern.compile("\\+[1-9]\\d{6,14}|\\d{4,15}");

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

	private String formToken;

	@NotNull(message = "{rcs.sender.region.required}")
	private RcsChoices.Region region;

	@NotNull(message = "{rcs.sender.billing-category.required}")
	private RcsChoices.BillingCategory billingCategory;

	@NotNull(message = "{rcs.sender.use-case.required}")
	private RcsChoices.UseCase useCase;

	@NotBlank(message = "{rcs.sender.brand-name.required}")
	@Size(max = 40, message = "{rcs.sender.brand-name.size}")
	private String brandName;

	@Size(max = 100, message = "{rcs.sender.description.size}")
	private String description;

	private String color;

	private String logoUrl;

	private String bannerUrl;

	@Email(message = "{rcs.sender.email.format}")
	@Size(max = 256, message = "{rcs.sender.email.format}")
	private String contactEmail;

	private String contactPhone;

	private String website;

	private String privacyPolicyUrl;

	private String termsOfServiceUrl;

	private List<String> countries = new ArrayList<>();

	private String testNumbers;

	/** The checks a constraint cannot say: colour and its contrast, the addresses, the phone and the test numbers. */
	void validate(BindingResult result) {
		if (filled(color)) {
			String colour = color.trim();
			if (!BrandColour.wellFormed(colour)) {
				Messages.reject(result, "color", Messages.of("rcs.sender.color.format"));
			}
			else if (BrandColour.contrastWithWhite(colour) < BrandColour.MINIMUM_CONTRAST) {
				Messages.reject(result, "color", Messages.of("rcs.sender.color.contrast",
						String.format(Locale.ROOT, "%.1f", BrandColour.contrastWithWhite(colour))));
			}
		}
		for (String field : List.of("logoUrl", "bannerUrl", "website", "privacyPolicyUrl", "termsOfServiceUrl")) {
			String value = (String) result.getFieldValue(field);
			if (filled(value) && !URL.matcher(value.trim()).matches()) {
				Messages.reject(result, field, Messages.of("rcs.sender.url.format"));
			}
		}
		if (filled(contactPhone) && !CONTACT_PHONE.matcher(contactPhone.trim()).matches()) {
			Messages.reject(result, "contactPhone", Messages.of("rcs.sender.phone.format"));
		}
		if (!RcsChoices.COUNTRIES.containsAll(countries)) {
			Messages.reject(result, "countries", Messages.of("rcs.sender.countries.unknown"));
		}
		List<String> numbers = testNumberList();
		if (numbers.stream().anyMatch(number -> !E164.matcher(number).matches())) {
			Messages.reject(result, "testNumbers", Messages.of("rcs.test-number.format"));
		}
		else if (numbers.size() > MAX_TEST_NUMBERS) {
			Messages.reject(result, "testNumbers", Messages.of("rcs.test-number.too-many", MAX_TEST_NUMBERS));
		}
	}

	NewRcsSender toSender() {
		RcsBrand brand = new RcsBrand(brandName.trim(), trimmed(description), trimmed(color), trimmed(logoUrl),
				trimmed(bannerUrl), trimmed(privacyPolicyUrl), trimmed(termsOfServiceUrl),
				filled(contactEmail) ? List.of(new RcsBrand.Email("Email", contactEmail.trim())) : null,
				filled(contactPhone) ? List.of(new RcsBrand.Phone("Phone", contactPhone.trim())) : null,
				filled(website) ? List.of(new RcsBrand.Website("Website", website.trim())) : null);
		List<String> numbers = testNumberList();
		return new NewRcsSender(region.name(), billingCategory.name(), useCase.name(), new RcsSender.Details(brand, null,
				numbers.isEmpty() ? null : numbers, countries.isEmpty() ? null : List.copyOf(countries), null));
	}

	/** The test numbers as typed, one per line or separated by commas, each once. */
	List<String> testNumberList() {
		return parseNumbers(testNumbers);
	}

	static List<String> parseNumbers(String typed) {
		if (!filled(typed)) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(typed.trim())).filter(number -> !number.isEmpty()).distinct().toList();
	}

	static boolean isE164(String number) {
		return E164.matcher(number).matches();
	}

	private static boolean filled(String value) {
		return value != null && !value.isBlank();
	}

	private static String trimmed(String value) {
		return filled(value) ? value.trim() : null;
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

	public String getBrandName() {
		return brandName;
	}

	public void setBrandName(String brandName) {
		this.brandName = brandName;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getColor() {
		return color;
	}

	public void setColor(String color) {
		this.color = color;
	}

	public String getLogoUrl() {
		return logoUrl;
	}

	public void setLogoUrl(String logoUrl) {
		this.logoUrl = logoUrl;
	}

	public String getBannerUrl() {
		return bannerUrl;
	}

	public void setBannerUrl(String bannerUrl) {
		this.bannerUrl = bannerUrl;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getPrivacyPolicyUrl() {
		return privacyPolicyUrl;
	}

	public void setPrivacyPolicyUrl(String privacyPolicyUrl) {
		this.privacyPolicyUrl = privacyPolicyUrl;
	}

	public String getTermsOfServiceUrl() {
		return termsOfServiceUrl;
	}

	public void setTermsOfServiceUrl(String termsOfServiceUrl) {
		this.termsOfServiceUrl = termsOfServiceUrl;
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = (countries != null) ? countries : new ArrayList<>();
	}

	public String getTestNumbers() {
		return testNumbers;
	}

	public void setTestNumbers(String testNumbers) {
		this.testNumbers = testNumbers;
	}

}
