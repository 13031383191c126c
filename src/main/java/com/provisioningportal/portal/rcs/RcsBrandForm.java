package com.provisioningportal.portal.rcs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.provisioningportal.portal.gateway.Change;
import com.provisioningportal.portal.gateway.rcs.RcsBrand;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.web.Messages;

import org.springframework.validation.BindingResult;

/**
 * A sender's brand as phones show it, the contacts and legal pages a launch needs, and the countries to launch in:
 * what the create form asks and the edit form changes. A contact is one e-mail address, phone and website, each
 * under a fixed label.
 */
class RcsBrandForm {

	private static final Pattern URL = Pattern.compile("https?://\\S{1,2040}");

	private static final Pattern CONTACT_PHONE = Pattern.compile("\\+[1-9]\\d{6,14}|\\d{4,15}");

	private static final List<String> URL_FIELDS = List.of("logoUrl", "bannerUrl", "website", "privacyPolicyUrl",
			"termsOfServiceUrl");

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

	/** The form filled with the sender's brand and countries as Sinch has them. */
	static RcsBrandForm of(RcsSender sender) {
		RcsBrandForm form = new RcsBrandForm();
		RcsBrand brand = (sender.details() != null) ? sender.details().brand() : null;
		if (brand != null) {
			form.brandName = brand.name();
			form.description = brand.description();
			form.color = brand.color();
			form.logoUrl = brand.logoUrl();
			form.bannerUrl = brand.bannerUrl();
			form.privacyPolicyUrl = brand.privacyPolicyUrl();
			form.termsOfServiceUrl = brand.termsOfServiceUrl();
			form.contactEmail = (brand.emails() != null && !brand.emails().isEmpty()) ? brand.emails().get(0).address() : null;
			form.contactPhone = (brand.phones() != null && !brand.phones().isEmpty()) ? brand.phones().get(0).number() : null;
			form.website = (brand.websites() != null && !brand.websites().isEmpty()) ? brand.websites().get(0).url() : null;
		}
		if (sender.details() != null && sender.details().countries() != null) {
			form.countries = new ArrayList<>(sender.details().countries());
		}
		return form;
	}

	/** The checks a constraint cannot say: colour and its contrast, the addresses, the phone and the countries. */
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
		for (String field : URL_FIELDS) {
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
	}

	RcsBrand brand() {
		return new RcsBrand(brandName.trim(), trimmed(description), trimmed(color), trimmed(logoUrl), trimmed(bannerUrl),
				trimmed(privacyPolicyUrl), trimmed(termsOfServiceUrl), emails(), phones(), websites());
	}

	/** What differs from the brand Sinch has, by Sinch's field name; a field emptied here is cleared at Sinch. */
	Map<String, Change<?>> changesFrom(RcsBrand current) {
		RcsBrand wanted = brand();
		RcsBrand before = (current != null) ? current
				: new RcsBrand(null, null, null, null, null, null, null, null, null, null);
		Map<String, Change<?>> changes = new LinkedHashMap<>();
		change(changes, "name", before.name(), wanted.name());
		change(changes, "description", before.description(), wanted.description());
		change(changes, "color", before.color(), wanted.color());
		change(changes, "logoUrl", before.logoUrl(), wanted.logoUrl());
		change(changes, "bannerUrl", before.bannerUrl(), wanted.bannerUrl());
		change(changes, "privacyPolicyUrl", before.privacyPolicyUrl(), wanted.privacyPolicyUrl());
		change(changes, "termsOfServiceUrl", before.termsOfServiceUrl(), wanted.termsOfServiceUrl());
		change(changes, "emails", before.emails(), wanted.emails());
		change(changes, "phones", before.phones(), wanted.phones());
		change(changes, "websites", before.websites(), wanted.websites());
		return changes;
	}

	private static <T> void change(Map<String, Change<?>> changes, String field, T before, T wanted) {
		if (!Objects.equals(before, wanted)) {
			changes.put(field, (wanted != null) ? Change.to(wanted) : Change.clear());
		}
	}

	private List<RcsBrand.Email> emails() {
		return filled(contactEmail) ? List.of(new RcsBrand.Email("Email", contactEmail.trim())) : null;
	}

	private List<RcsBrand.Phone> phones() {
		return filled(contactPhone) ? List.of(new RcsBrand.Phone("Phone", contactPhone.trim())) : null;
	}

	private List<RcsBrand.Website> websites() {
		return filled(website) ? List.of(new RcsBrand.Website("Website", website.trim())) : null;
	}

	private static boolean filled(String value) {
		return value != null && !value.isBlank();
	}

	private static String trimmed(String value) {
		return filled(value) ? value.trim() : null;
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

}
