package com.provisioningportal.portal.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

	private final PortalUserRepository users;

	private final SecondFactors secondFactors;

	PortalUserDetailsService(PortalUserRepository users, SecondFactors secondFactors) {
		this.users = users;
		this.secondFactors = secondFactors;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(user -> new PortalUserPrincipal(user, secondFactors.lockedUntil(user.id()).isPresent()))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
