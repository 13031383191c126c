package com.provisioningportal.portal.identity;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as kept in the (database-backed) session. */
final class PortalUserPrincipal extends User {

	private static final long serialVersionUID = 1L;

	private final boolean mustChangePassword;

	PortalUserPrincipal(PortalUser user) {
		this(user, false);
	}

	/** {@code locked}: too many wrong second-factor codes, so the sign-in is refused before the password is checked. */
	PortalUserPrincipal(PortalUser user, boolean locked) {
		super(user.username(), user.passwordHash(), user.enabled(), true, true, !locked,
				List.of(new SimpleGrantedAuthority(user.role().authority())));
		this.mustChangePassword = user.mustChangePassword();
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
