package com.provisioningportal.portal.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;

/**
 * A template's parts as the message bubble on its page shows them, read from Sinch's components (types the bubble
 * does not draw are named in {@link #otherParts()} so nothing is hidden silently).
 */
record TemplateMessage(String headerFormat, String headerText, String body, String footer, List<Button> buttons,
		List<String> otherParts) {

	record Button(String type, String text, String target) {

	}

	static TemplateMessage of(WhatsAppTemplate.Details details) {
		String headerFormat = null;
		String headerText = null;
		String body = null;
		String footer = null;
		List<Button> buttons = new ArrayList<>();
		List<String> other = new ArrayList<>();
		List<Map<String, Object>> components = (details != null && details.components() != null) ? details.components()
				: List.of();
		for (Map<String, Object> component : components) {
			String type = String.valueOf(component.get("type"));
			switch (type) {
				case "HEADER" -> {
					headerFormat = String.valueOf(component.get("format"));
					headerText = text(component.get("text"));
				}
				case "BODY" -> body = text(component.get("text"));
				case "FOOTER" -> footer = text(component.get("text"));
				case "BUTTONS" -> {
					if (component.get("buttons") instanceof List<?> list) {
						for (Object each : list) {
							if (each instanceof Map<?, ?> button) {
								Object target = (button.get("url") != null) ? button.get("url") : button.get("phoneNumber");
								buttons.add(new Button(String.valueOf(button.get("type")), text(button.get("text")), text(target)));
							}
						}
					}
				}
				default -> other.add(type);
			}
		}
		return new TemplateMessage(headerFormat, headerText, body, footer, List.copyOf(buttons), List.copyOf(other));
	}

	public boolean isEmpty() {
		return headerFormat == null && body == null && footer == null && buttons.isEmpty() && otherParts.isEmpty();
	}

	private static String text(Object value) {
		return (value == null) ? null : String.valueOf(value);
	}

}
