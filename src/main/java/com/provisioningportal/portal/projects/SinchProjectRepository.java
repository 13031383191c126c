package com.provisioningportal.portal.projects;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SinchProjectRepository extends JpaRepository<SinchProject, UUID> {

	List<SinchProject> findAllByOrderByDisplayNameAsc();

	@Query("select p from SinchProject p where lower(p.displayName) = lower(?1)")
	Optional<SinchProject> findByDisplayName(String displayName);

}
