package com.provisioningportal.portal.web;

import java.util.Optional;
import java.util.Set;

/**
 * Which projects a user may know of, and their role on each. The one place every feature asks: the route filter of
 * project pages, the projects list, the dashboard and the audit review. Teams decide it (see the README).
 */
public interface ProjectAccess {

	/**
	 * The user's role on the project: {@code ADMIN} for administrators, {@code AUDITOR} for global auditors, otherwise the highest role the user holds in a
	 * team that has the project; empty when no team of theirs has it, and then the project must look as if it did not
	 * exist.
	 */
	Optional<String> roleOn(String username, String projectId);

	/** The projects the user may know of; {@link Scope#everything()} for administrators and global auditors. */
	Scope visibleProjects(String username);

	/** All projects, or exactly these. */
	record Scope(boolean all, Set<String> projectIds) {

		public Scope {
			projectIds = Set.copyOf(projectIds);
		}

		public static Scope everything() {
			return new Scope(true, Set.of());
		}

		public boolean includes(String projectId) {
			return all || projectIds.contains(projectId);
		}

	}

}
