package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.web.StatusTone;

/** A sender's profile fields in words, as its page lists them. */
final class SenderFields {

	/** One profile field as the page shows it; {@code name} is Sinch's field name. Public for the templates. */
	public record Field(String name, String label, String value) {

	}

	private SenderFields() {
	}

	static List<Field> live(WhatsAppSender sender) {
		return shown(ProfileForm.fieldsOf(sender.details()));
	}

	static List<Field> pending(WhatsAppSender sender) {
		return (sender.changes() == null) ? List.of() : shown(ProfileForm.fieldsOf(sender.changes().details()));
	}

	private static List<Field> shown(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.filter(field -> field.getValue() != null)
			.map(field -> new Field(field.getKey(), label(field.getKey()),
					"vertical".equals(field.getKey()) ? StatusTone.label(field.getValue()) : field.getValue()))
			.toList();
	}

	static String label(String field) {
		return switch (field) {
			case "displayName" -> "Display name";
			case "vertical" -> "Category";
			case "websiteOne" -> "Website";
			case "websiteTwo" -> "Second website";
			case "photoUrl" -> "Photo";
			default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
		};
	}

}
