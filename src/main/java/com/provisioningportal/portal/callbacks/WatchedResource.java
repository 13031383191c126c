package com.provisioningportal.portal.callbacks;

import java.util.Objects;

/**
 * Something at Sinch whose status the portal waits on.
 *
 * @param kind the resource's kind, named as callbacks name it: the {@link CallbackKind#kind()} of the feature that
 * owns it
 * @param resourceId Sinch's id for it
 */
public record WatchedResource(String projectId, String kind, String resourceId) {

	public WatchedResource {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(resourceId, "resourceId");
	}

}
