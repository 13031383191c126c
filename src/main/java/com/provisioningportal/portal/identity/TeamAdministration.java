package com.provisioningportal.portal.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.ProjectTeams;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of teams: unique names, no team deleted while it still has projects, administrators outside teams, and
 * an auditor never made global by being taken out of their last team. Every change is audited with the team before
 * and after; each change locks the team's row so that two administrators editing one team see each other's work.
 */
@Service
class TeamAdministration implements ProjectTeams {

	private final JdbcClient jdbc;

	private final PortalUserRepository users;

	private final ProjectDirectory projects;

	private final AuditLog auditLog;

	private final MessageSourceAccessor messages;

	TeamAdministration(JdbcClient jdbc, PortalUserRepository users, ProjectDirectory projects, AuditLog auditLog,
			MessageSource messageSource) {
		this.jdbc = jdbc;
		this.users = users;
		this.projects = projects;
		this.auditLog = auditLog;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@Transactional(readOnly = true)
	List<TeamSummary> list() {
		return jdbc.sql("""
				select t.id, t.name,
				       (select count(*) from team_member m where m.team_id = t.id) as members,
				       (select count(*) from team_project p where p.team_id = t.id) as projects
				from team t order by lower(t.name)""")
			.query((rs, row) -> new TeamSummary(rs.getLong("id"), rs.getString("name"), rs.getInt("members"),
					rs.getInt("projects")))
			.list();
	}

	@Transactional(readOnly = true)
	Team get(long id) {
		return find(id, false).orElseThrow(() -> new TeamNotFoundException(id));
	}

	/** The users who could join the team: not in it yet, and not administrators, who see every project anyway. */
	@Transactional(readOnly = true)
	List<String> candidates(Team team) {
		Set<String> members = Set.copyOf(team.members().stream().map(Team.Member::username).toList());
		return users.findAllByOrderByUsernameAsc().stream()
			.filter(user -> user.role() != Role.ADMIN && user.enabled() && !members.contains(user.username()))
			.map(PortalUser::username)
			.toList();
	}

	/** The projects the team does not have yet. */
	@Transactional(readOnly = true)
	List<ProjectSummary> projectsToGive(Team team) {
		Set<String> held = Set.copyOf(team.projects().stream().map(Team.TeamProject::projectId).toList());
		return projects.all().stream().filter(project -> !held.contains(project.projectId())).toList();
	}

	@Transactional
	Team create(String name) {
		String trimmed = name.trim();
		return auditLog.change(AuditEntry.of("TEAM_CREATE").resource("team", trimmed), () -> {
			requireFreeName(trimmed, null);
			long id;
			try {
				id = jdbc.sql("insert into team (name) values (:name) returning id").param("name", trimmed)
					.query(Long.class)
					.single();
			}
			catch (DuplicateKeyException ex) {
				throw takenName();
			}
			return get(id);
		}, team -> Outcome.ok(team.state()));
	}

	@Transactional
	Team rename(long id, String name) {
		String trimmed = name.trim();
		Team team = lock(id);
		if (team.name().equals(trimmed)) {
			return team;
		}
		return changed(AuditEntry.of("TEAM_RENAME").request(Map.of("name", trimmed)), team, () -> {
			requireFreeName(trimmed, id);
			try {
				jdbc.sql("update team set name = :name where id = :id").param("name", trimmed).param("id", id).update();
			}
			catch (DuplicateKeyException ex) {
				throw takenName();
			}
		});
	}

	/** Deletes the team and its memberships; refused while it has projects, which would otherwise lose their team. */
	@Transactional
	Team delete(long id, String confirmation) {
		Team team = lock(id);
		return auditLog.change(AuditEntry.of("TEAM_DELETE").resource("team", team.name()).before(team.state()), () -> {
			if (!team.name().equals(confirmation == null ? null : confirmation.trim())) {
				throw violation("confirmation", Messages.of("team.delete.confirm"));
			}
			if (!team.projects().isEmpty()) {
				throw violation(null, (team.projects().size() == 1) ? Messages.of("team.delete.has-project")
						: Messages.of("team.delete.has-projects", team.projects().size()));
			}
			List<String> stranded = team.members().stream()
				.filter(member -> member.role() == TeamRole.AUDITOR && teamsOf(member.userId()) == 1)
				.map(Team.Member::username)
				.toList();
			if (!stranded.isEmpty()) {
				throw violation(null, Messages.of("team.auditor.last-team", String.join(", ", stranded)));
			}
			jdbc.sql("delete from team where id = :id").param("id", id).update();
			return team;
		}, deleted -> Outcome.ok());
	}

	@Transactional
	Team addMember(long id, String username, TeamRole role) {
		Team team = lock(id);
		return changed(AuditEntry.of("TEAM_MEMBER_ADD").request(Map.of("username", username, "role", role)), team, () -> {
			PortalUser user = users.findByUsername(username.trim())
				.orElseThrow(() -> violation("username", Messages.of("team.member.unknown")));
			if (user.role() == Role.ADMIN) {
				throw violation("username", Messages.of("team.member.administrator"));
			}
			if (team.members().stream().anyMatch(member -> member.userId() == user.id())) {
				throw violation("username", Messages.of("team.member.already"));
			}
			requireRoleFits(user, role);
			jdbc.sql("insert into team_member (team_id, user_id, role) values (:team, :user, :role)")
				.param("team", id)
				.param("user", user.id())
				.param("role", role.name())
				.update();
		});
	}

	@Transactional
	Team changeMemberRole(long id, long userId, TeamRole role) {
		Team team = lock(id);
		Team.Member member = member(team, userId);
		if (member.role() == role) {
			return team;
		}
		return changed(AuditEntry.of("TEAM_MEMBER_ROLE_CHANGE").request(Map.of("username", member.username(), "role", role)),
				team, () -> {
					requireRoleFits(users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId)), role);
					jdbc.sql("update team_member set role = :role where team_id = :team and user_id = :user")
						.param("role", role.name())
						.param("team", id)
						.param("user", userId)
						.update();
				});
	}

	@Transactional
	Team removeMember(long id, long userId) {
		Team team = lock(id);
		Team.Member member = member(team, userId);
		return changed(AuditEntry.of("TEAM_MEMBER_REMOVE").request(Map.of("username", member.username())), team, () -> {
			if (member.role() == TeamRole.AUDITOR && teamsOf(userId) == 1) {
				throw violation(null, Messages.of("team.auditor.last-team", member.username()));
			}
			jdbc.sql("delete from team_member where team_id = :team and user_id = :user")
				.param("team", id)
				.param("user", userId)
				.update();
		});
	}

	@Transactional
	Team addProject(long id, String projectId) {
		Team team = lock(id);
		ProjectSummary project = projects.find(projectId)
			.orElseThrow(() -> violation("projectId", Messages.of("team.project.unknown")));
		return changed(AuditEntry.of("TEAM_PROJECT_ADD").project(project.projectId()), team, () -> {
			if (team.projects().stream().anyMatch(held -> held.projectId().equals(project.projectId()))) {
				throw violation("projectId", Messages.of("team.project.already"));
			}
			insertProject(id, project.projectId());
		});
	}

	@Transactional
	Team removeProject(long id, String projectId) {
		Team team = lock(id);
		Team.TeamProject project = team.projects()
			.stream()
			.filter(held -> held.projectId().equals(projectId))
			.findFirst()
			.orElseThrow(() -> new TeamNotFoundException(id));
		return changed(AuditEntry.of("TEAM_PROJECT_REMOVE").project(project.projectId()), team,
				() -> jdbc.sql("delete from team_project where team_id = :team and project_id = cast(:project as uuid)")
					.param("team", id)
					.param("project", projectId)
					.update());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectTeams.TeamName> all() {
		return jdbc.sql("select id, name from team order by lower(name)")
			.query((rs, row) -> new ProjectTeams.TeamName(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectTeams.TeamName> of(String projectId) {
		if (projects.find(projectId).isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select t.id, t.name from team t join team_project p on p.team_id = t.id
				where p.project_id = cast(:project as uuid) order by lower(t.name)""")
			.param("project", projectId)
			.query((rs, row) -> new ProjectTeams.TeamName(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	@Override
	@Transactional
	public void give(String projectId, Set<Long> teamIds) {
		for (long id : teamIds.stream().sorted().toList()) {
			find(id, true).orElseThrow(() -> violation("teamIds", Messages.of("team.gone")));
			insertProject(id, projectId);
		}
	}

	/** The provider groups whose members join the team at sign-in, by name. */
	@Transactional(readOnly = true)
	List<TeamGroup> groups(long id) {
		return jdbc.sql("select group_name, role from team_group where team_id = :team order by lower(group_name)")
			.param("team", id)
			.query((rs, row) -> new TeamGroup(rs.getString("group_name"), TeamRole.valueOf(rs.getString("role"))))
			.list();
	}

	/** Members of the group join the team with the role at their next sign-in through the provider. */
	@Transactional
	Team addGroup(long id, String group, TeamRole role) {
		String name = group.trim();
		Team team = lock(id);
		return auditLog.change(AuditEntry.of("TEAM_GROUP_ADD").resource("team", team.name())
			.request(Map.of("group", name, "role", role)), () -> {
				if (groups(id).stream().anyMatch(held -> held.name().equals(name))) {
					throw violation("group", Messages.of("team.group.already"));
				}
				jdbc.sql("insert into team_group (team_id, group_name, role) values (:team, :group, :role)")
					.param("team", id)
					.param("group", name)
					.param("role", role.name())
					.update();
				return team;
			}, added -> Outcome.ok(Map.of("groups", groups(id))));
	}

	/** Members who joined through the group leave the team at their next sign-in. */
	@Transactional
	Team removeGroup(long id, String group) {
		Team team = lock(id);
		TeamGroup held = groups(id).stream()
			.filter(candidate -> candidate.name().equals(group))
			.findFirst()
			.orElseThrow(() -> new TeamNotFoundException(id));
		return auditLog.change(AuditEntry.of("TEAM_GROUP_REMOVE").resource("team", team.name())
			.request(Map.of("group", held.name()))
			.before(Map.of("groups", groups(id))), () -> {
				jdbc.sql("delete from team_group where team_id = :team and group_name = :group")
					.param("team", id)
					.param("group", held.name())
					.update();
				return team;
			}, removed -> Outcome.ok(Map.of("groups", groups(id))));
	}

	/**
	 * Keeps team roles in step with a user's portal role: an auditor audits in their teams, and a former auditor
	 * reads there instead. Called in the role change's transaction.
	 */
	void followRole(long userId, Role from, Role to) {
		Optional<TeamRole> teamRole = (to == Role.AUDITOR) ? Optional.of(TeamRole.AUDITOR)
				: (from == Role.AUDITOR && to != Role.ADMIN) ? Optional.of(TeamRole.valueOf(to.name())) : Optional.empty();
		teamRole.ifPresent(role -> jdbc.sql("update team_member set role = :role where user_id = :user")
			.param("role", role.name())
			.param("user", userId)
			.update());
	}

	private Team changed(AuditEntry entry, Team before, Runnable change) {
		Supplier<Team> apply = () -> {
			change.run();
			return get(before.id());
		};
		return auditLog.change(entry.resource("team", before.name()).before(before.state()), apply,
				after -> Outcome.ok(after.state()));
	}

	private void insertProject(long teamId, String projectId) {
		jdbc.sql("""
				insert into team_project (team_id, project_id) values (:team, cast(:project as uuid))
				on conflict do nothing""")
			.param("team", teamId)
			.param("project", projectId)
			.update();
	}

	private Team lock(long id) {
		return find(id, true).orElseThrow(() -> new TeamNotFoundException(id));
	}

	private Optional<Team> find(long id, boolean forUpdate) {
		return jdbc.sql("select id, name, created_at from team where id = :id" + (forUpdate ? " for update" : ""))
			.param("id", id)
			.query((rs, row) -> new Team(rs.getLong("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
					members(id), teamProjects(id)))
			.optional();
	}

	private List<Team.Member> members(long teamId) {
		return jdbc.sql("""
				select u.id, u.username, m.role from team_member m join portal_user u on u.id = m.user_id
				where m.team_id = :team order by lower(u.username)""")
			.param("team", teamId)
			.query((rs, row) -> new Team.Member(rs.getLong("id"), rs.getString("username"), TeamRole.valueOf(rs.getString("role"))))
			.list();
	}

	private List<Team.TeamProject> teamProjects(long teamId) {
		List<String> ids = jdbc.sql("select cast(project_id as varchar) from team_project where team_id = :team")
			.param("team", teamId)
			.query(String.class)
			.list();
		// One read of the projects for all their names, not one per project.
		Map<String, String> names = ids.isEmpty() ? Map.of()
				: projects.all().stream().collect(Collectors.toMap(ProjectSummary::projectId, ProjectSummary::displayName));
		return ids.stream()
			.map(id -> new Team.TeamProject(id, names.getOrDefault(id, id)))
			.sorted(Comparator.comparing(project -> project.displayName().toLowerCase(java.util.Locale.ROOT)))
			.toList();
	}

	private static Team.Member member(Team team, long userId) {
		return team.members()
			.stream()
			.filter(member -> member.userId() == userId)
			.findFirst()
			.orElseThrow(() -> new UserNotFoundException(userId));
	}

	private int teamsOf(long userId) {
		return jdbc.sql("select count(*) from team_member where user_id = :user").param("user", userId).query(Integer.class).single();
	}

	private void requireFreeName(String name, Long except) {
		boolean taken = jdbc.sql("select count(*) from team where lower(name) = lower(:name) and id <> coalesce(:except, -1)")
			.param("name", name)
			.param("except", except)
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw takenName();
		}
	}

	/** Auditors audit the teams they are in, and only users with the auditor role do. */
	private void requireRoleFits(PortalUser user, TeamRole role) {
		if (user.role() == Role.AUDITOR && role != TeamRole.AUDITOR) {
			throw violation("role", Messages.of("team.member.role.auditor"));
		}
		if (user.role() != Role.AUDITOR && role == TeamRole.AUDITOR) {
			throw violation("role", Messages.of("team.member.role.not-auditor"));
		}
	}

	private RuleViolation takenName() {
		return violation("name", Messages.of("team.name.taken"));
	}

	/** Resolved now: the page or the flash message shows the violation's text. */
	private RuleViolation violation(String field, MessageSourceResolvable message) {
		return new RuleViolation(field, messages.getMessage(message));
	}

}
