package com.provisioningportal.portal.identity;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

	@Query("select u from PortalUser u where lower(u.username) = lower(?1)")
	Optional<PortalUser> findByUsername(String username);

	List<PortalUser> findAllByOrderByUsernameAsc();

	/**
	 * Locks the enabled administrators' rows, so two administrators demoting or disabling each other at the same
	 * moment cannot both succeed and leave nobody in charge.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from PortalUser u where u.role = com.provisioningportal.portal.identity.Role.ADMIN and u.enabled = true")
	List<PortalUser> lockEnabledAdministrators();

}
