package com.provisioningportal.portal.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A team as its page shows it: members by name, projects by display name. */
record Team(long id, String name, Instant createdAt, List<Member> members, List<TeamProject> projects) {

	record Member(long userId, String username, TeamRole role) {
	}

	record TeamProject(String projectId, String displayName) {
	}

	String usernameOf(long userId) {
		return members.stream().filter(member -> member.userId() == userId).findFirst()
			.map(Member::username)
			.orElseThrow(() -> new UserNotFoundException(userId));
	}

	String displayNameOf(String projectId) {
		return projects.stream().filter(project -> project.projectId().equals(projectId)).findFirst()
			.map(TeamProject::displayName)
			.orElseThrow(() -> new TeamNotFoundException(id));
	}

	/** What the audit log keeps of a team, before and after each change. */
	Map<String, Object> state() {
		Map<String, Object> members = new LinkedHashMap<>();
		this.members.forEach(member -> members.put(member.username(), member.role()));
		return Map.of("name", name, "members", members,
				"projects", projects.stream().map(project -> project.displayName() + " (" + project.projectId() + ")").toList());
	}

}
