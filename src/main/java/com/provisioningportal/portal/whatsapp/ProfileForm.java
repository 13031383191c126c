package com.provisioningportal.portal.whatsapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;

/**
 * The profile edit page of an active sender, prefilled with the profile as it will be once pending changes apply.
 * Limits are Sinch's own, so a value Sinch would refuse is caught beside its field.
 */
class ProfileForm {

	/** Sinch's business categories a profile can be given. */
	static final List<String> VERTICALS = List.of("ALCOHOL", "AUTOMOTIVE", "BEAUTY_SPA_SALON", "CLOTHING_AND_APPAREL",
			"EDUCATION", "ENTERTAINMENT", "EVENT_PLANNING_AND_SERVICE", "FINANCE_AND_BANKING", "FOOD_AND_GROCERY",
			"HOTEL_AND_LODGING", "MEDICAL_AND_HEALTH", "NON_PROFIT", "ONLINE_GAMBLING", "OTC_DRUGS", "OTHER",
			"PHYSICAL_GAMBLING", "PROFESSIONAL_SERVICES", "PUBLIC_SERVICE", "RESTAURANT", "SHOPPING_AND_RETAIL",
			"TRAVEL_AND_TRANSPORTATION");

	private static final String URL = "^$|https?://\\S+";

	@NotBlank(message = "{whatsapp.sender.profile.display-name.required}")
	@Size(max = 128, message = "{whatsapp.sender.profile.display-name.size}")
	private String displayName;

	@NotBlank(message = "{whatsapp.sender.profile.vertical.required}")
	private String vertical;

	@Size(max = 512, message = "{whatsapp.sender.profile.description.size}")
	private String description;

	@Email(message = "{whatsapp.sender.profile.email.pattern}")
	@Size(max = 128, message = "{whatsapp.sender.profile.email.size}")
	private String email;

	@Size(max = 256, message = "{whatsapp.sender.profile.address.size}")
	private String address;

	@Pattern(regexp = URL, message = "{whatsapp.sender.profile.website.pattern}")
	@Size(max = 256, message = "{whatsapp.sender.profile.website.size}")
	private String websiteOne;

	@Pattern(regexp = URL, message = "{whatsapp.sender.profile.website.pattern}")
	@Size(max = 256, message = "{whatsapp.sender.profile.website.size}")
	private String websiteTwo;

	@Size(max = 139, message = "{whatsapp.sender.profile.about.size}")
	private String about;

	@Pattern(regexp = URL, message = "{whatsapp.sender.profile.photo-url.pattern}")
	@Size(max = 256, message = "{whatsapp.sender.profile.photo-url.size}")
	private String photoUrl;

	/** The profile the form starts from: the live one with pending changes laid over it. */
	static ProfileForm of(WhatsAppSender sender) {
		ProfileForm form = new ProfileForm();
		Map<String, String> profile = profile(sender);
		form.displayName = profile.get("displayName");
		form.vertical = profile.get("vertical");
		form.description = profile.get("description");
		form.email = profile.get("email");
		form.address = profile.get("address");
		form.websiteOne = profile.get("websiteOne");
		form.websiteTwo = profile.get("websiteTwo");
		form.about = profile.get("about");
		form.photoUrl = profile.get("photoUrl");
		return form;
	}

	/** Field name to value of the profile as it stands at Sinch, pending changes and display name included. */
	static Map<String, String> profile(WhatsAppSender sender) {
		Map<String, String> profile = fieldsOf(sender.details());
		if (sender.changes() != null) {
			// Pending changes carry only the fields they change.
			fieldsOf(sender.changes().details()).forEach((name, pending) -> {
				if (pending != null) {
					profile.put(name, pending);
				}
			});
		}
		if (sender.metadata() != null && sender.metadata().displayName() != null
				&& "PENDING".equals(sender.metadata().displayName().status())) {
			profile.put("displayName", sender.metadata().displayName().value());
		}
		return profile;
	}

	private static final Map<String, Function<WhatsAppSender.Details, String>> FIELDS = fields();

	/** Every profile field of these details by name, null where not set. */
	static Map<String, String> fieldsOf(WhatsAppSender.Details details) {
		Map<String, String> fields = new LinkedHashMap<>();
		FIELDS.forEach((name, read) -> fields.put(name, (details != null) ? read.apply(details) : null));
		return fields;
	}

	private static Map<String, Function<WhatsAppSender.Details, String>> fields() {
		Map<String, Function<WhatsAppSender.Details, String>> fields = new LinkedHashMap<>();
		fields.put("displayName", WhatsAppSender.Details::displayName);
		fields.put("vertical", WhatsAppSender.Details::vertical);
		fields.put("description", WhatsAppSender.Details::description);
		fields.put("email", WhatsAppSender.Details::email);
		fields.put("address", WhatsAppSender.Details::address);
		fields.put("websiteOne", WhatsAppSender.Details::websiteOne);
		fields.put("websiteTwo", WhatsAppSender.Details::websiteTwo);
		fields.put("about", WhatsAppSender.Details::about);
		fields.put("photoUrl", WhatsAppSender.Details::photoUrl);
		return fields;
	}

	/** The form's values by field name, blank ones as null. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("displayName", clean(displayName));
		values.put("vertical", clean(vertical));
		values.put("description", clean(description));
		values.put("email", clean(email));
		values.put("address", clean(address));
		values.put("websiteOne", clean(websiteOne));
		values.put("websiteTwo", clean(websiteTwo));
		values.put("about", clean(about));
		values.put("photoUrl", clean(photoUrl));
		return values;
	}

	/** Only the fields that differ from the profile the person started from; null clears a field. */
	ProfileEdit changesFrom(Map<String, String> current, boolean submit) {
		Map<String, String> changed = new LinkedHashMap<>();
		values().forEach((name, value) -> {
			if (!Objects.equals(value, clean(current.get(name)))) {
				changed.put(name, value);
			}
		});
		return new ProfileEdit(changed, submit);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getVertical() {
		return vertical;
	}

	public void setVertical(String vertical) {
		this.vertical = vertical;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getWebsiteOne() {
		return websiteOne;
	}

	public void setWebsiteOne(String websiteOne) {
		this.websiteOne = websiteOne;
	}

	public String getWebsiteTwo() {
		return websiteTwo;
	}

	public void setWebsiteTwo(String websiteTwo) {
		this.websiteTwo = websiteTwo;
	}

	public String getAbout() {
		return about;
	}

	public void setAbout(String about) {
		this.about = about;
	}

	public String getPhotoUrl() {
		return photoUrl;
	}

	public void setPhotoUrl(String photoUrl) {
		this.photoUrl = photoUrl;
	}

}
