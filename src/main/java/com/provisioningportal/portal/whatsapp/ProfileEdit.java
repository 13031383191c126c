package com.provisioningportal.portal.whatsapp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.Change;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderUpdate;

/**
 * A profile edit as the service takes it: only the changed fields (a null value clears the field), and whether to
 * submit them to Meta or keep them as a draft.
 */
record ProfileEdit(Map<String, String> changed, boolean submit) {

	ProfileEdit {
		changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
	}

	/** The sender's draft or rejected changes, submitted as they are; empty when it has none. */
	static ProfileEdit submitting(WhatsAppSender sender) {
		Map<String, String> pending = new LinkedHashMap<>();
		if (sender.changes() != null && List.of("DRAFT", "REJECTED").contains(sender.changes().status())) {
			ProfileForm.fieldsOf(sender.changes().details()).forEach((field, value) -> {
				if (value != null) {
					pending.put(field, value);
				}
			});
		}
		return new ProfileEdit(pending, true);
	}

	boolean isEmpty() {
		return changed.isEmpty();
	}

	WhatsAppSenderUpdate toUpdate() {
		Map<String, Change<String>> details = new LinkedHashMap<>();
		changed.forEach((field, value) -> details.put(field, (value != null) ? Change.to(value) : Change.clear()));
		return new WhatsAppSenderUpdate(submit, details);
	}

}
