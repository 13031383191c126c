package com.provisioningportal.portal.webhooks;

import java.util.Objects;

/**
 * Something at Sinch whose status the portal waits on.
 *
 * @param kind the resource's kind, named as callbacks name it: {@link #SENDER}, {@link #TEMPLATE}, {@link #ACCOUNT},
 * {@link #BUNDLE}
 * @param resourceId Sinch's id for it (a template is {@code name/language})
 */
public record WatchedResource(String projectId, String kind, String resourceId) {

	public static final String SENDER = "whatsapp-sender";

	public static final String TEMPLATE = "whatsapp-template";

	public static final String ACCOUNT = "whatsapp-account";

	public static final String BUNDLE = "bundle";

	public WatchedResource {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(resourceId, "resourceId");
	}

	public static WatchedResource sender(String projectId, String senderId) {
		return new WatchedResource(projectId, SENDER, senderId);
	}

	public static WatchedResource template(String projectId, String name, String language) {
		return new WatchedResource(projectId, TEMPLATE, name + "/" + language);
	}

	public static WatchedResource bundle(String projectId, String bundleId) {
		return new WatchedResource(projectId, BUNDLE, bundleId);
	}

}
