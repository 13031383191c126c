package com.provisioningportal.portal.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The team rule, asked of the database on every request so that a change of membership holds at once, without
 * signing anyone out.
 */
@Service
class TeamAccess implements ProjectAccess {

	/** Highest first: a user's role on a project is the first of these they hold there. */
	private static final List<String> RANK = List.of("ONBOARDER", "VIEWER", "AUDITOR");

	private final JdbcClient jdbc;

	TeamAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> roleOn(String username, String projectId) {
		Optional<String> global = globalRole(username);
		if (global.isEmpty()) {
			return Optional.empty();
		}
		if (global.get().equals(Role.ADMIN.name()) || isGlobalAuditor(global.get(), username)) {
			return global;
		}
		if (!isUuid(projectId)) {
			return Optional.empty();
		}
		List<String> held = jdbc.sql("""
				select m.role from team_member m
				join team_project tp on tp.team_id = m.team_id
				join portal_user u on u.id = m.user_id
				where lower(u.username) = lower(:username) and tp.project_id = cast(:project as uuid)""")
			.param("username", username)
			.param("project", projectId)
			.query(String.class)
			.list();
		return RANK.stream().filter(held::contains).findFirst();
	}

	@Override
	public Scope visibleProjects(String username) {
		Optional<String> global = globalRole(username);
		if (global.isPresent() && (global.get().equals(Role.ADMIN.name()) || isGlobalAuditor(global.get(), username))) {
			return Scope.everything();
		}
		return new Scope(false, new HashSet<>(teamProjects(username)));
	}

	/** An auditor in no team is a global auditor; one in teams audits those teams' projects only. */
	private boolean isGlobalAuditor(String globalRole, String username) {
		return globalRole.equals(Role.AUDITOR.name()) && !inAnyTeam(username);
	}

	private boolean inAnyTeam(String username) {
		return jdbc.sql("""
				select count(*) from team_member m join portal_user u on u.id = m.user_id
				where lower(u.username) = lower(:username)""")
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

	private List<String> teamProjects(String username) {
		return jdbc.sql("""
				select distinct cast(tp.project_id as varchar) from team_member m
				join team_project tp on tp.team_id = m.team_id
				join portal_user u on u.id = m.user_id
				where lower(u.username) = lower(:username)""")
			.param("username", username)
			.query(String.class)
			.list();
	}

	private Optional<String> globalRole(String username) {
		return jdbc.sql("select role from portal_user where lower(username) = lower(:username) and enabled")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	private static boolean isUuid(String projectId) {
		try {
			UUID.fromString(projectId);
			return true;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return false;
		}
	}

}
