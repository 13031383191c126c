package com.provisioningportal.portal.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

	private final PortalUserRepository users;

	PortalUserDetailsService(PortalUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(PortalUserPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
