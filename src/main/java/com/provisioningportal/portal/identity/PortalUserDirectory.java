package com.provisioningportal.portal.identity;

import com.provisioningportal.portal.audit.ActorDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit log which sign-in names are real users, so failures with unknown names stay anonymous. */
@Component
class PortalUserDirectory implements ActorDirectory {

	private final PortalUserRepository users;

	PortalUserDirectory(PortalUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return users.findByUsername(username).isPresent();
	}

}
