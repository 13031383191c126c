package com.provisioningportal.portal.whatsapp.signup;

import java.util.LinkedHashMap;
import java.util.Map;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditEntry;

/** How the signup's steps appear in the audit log: each is about one link or attempt, named as one resource. */
final class SignupAudit {

	private static final String RESOURCE = "whatsapp-signup";

	private SignupAudit() {
	}

	static AuditEntry entry(String action, String projectId, String resourceId) {
		return AuditEntry.of(action).project(projectId).resource(RESOURCE, resourceId);
	}

	/** The link's actor for a customer's steps; without one the audit log takes the signed-in specialist. */
	static AuditEntry by(AuditEntry entry, Actor actor) {
		return (actor != null) ? entry.by(actor) : entry;
	}

	/** Name and value pairs, leaving out the values that are missing. */
	static Map<String, Object> details(Object... pairs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				values.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return values;
	}

}
