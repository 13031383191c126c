package com.provisioningportal.portal.identity;

import java.time.Instant;

/** A portal user as pages and the audit log see it: never the password hash. */
record UserSummary(long id, String username, Role role, boolean enabled, boolean mustChangePassword, Instant createdAt,
		Instant passwordChangedAt, Instant lockedUntil) {

	static UserSummary of(PortalUser user, Instant lockedUntil) {
		return new UserSummary(user.id(), user.username(), user.role(), user.enabled(), user.mustChangePassword(),
				user.createdAt(), user.passwordChangedAt(), lockedUntil);
	}

	public boolean locked() {
		return lockedUntil != null;
	}

}
