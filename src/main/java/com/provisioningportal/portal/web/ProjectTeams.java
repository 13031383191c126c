package com.provisioningportal.portal.web;

import java.util.List;
import java.util.Set;

/** The teams a project can be given to, asked by the project pages; the identity module keeps the teams. */
public interface ProjectTeams {

	/** Every team, by name. */
	List<TeamName> all();

	/** The teams that have the project, by name; empty when it belongs to none. */
	List<TeamName> of(String projectId);

	/**
	 * Gives the project to each of these teams, in the caller's transaction and audited as part of the caller's
	 * change: an audit row of its own would wait on the audit chain's lock the caller's transaction already holds.
	 * @throws RuleViolation on field {@code teamIds} when one of them does not exist
	 */
	void give(String projectId, Set<Long> teamIds);

	record TeamName(long id, String name) {
	}

}
