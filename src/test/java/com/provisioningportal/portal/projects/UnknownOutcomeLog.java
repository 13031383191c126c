package com.provisioningportal.portal.projects;

import java.time.Duration;
import java.util.List;

import com.provisioningportal.testsupport.TestInfrastructure;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One project's audit rows as the unknown-outcome tests of every feature read them. A settling round may settle
 * other tests' changes too, so only the project's own rows tell what a round did.
 */
public record UnknownOutcomeLog(ApplicationContext context, String projectId) {

	/** Moves the clock past the wait before a change is looked up, then runs one round. */
	public void settle() {
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(3));
		UnknownOutcomeRounds.runOnce(context);
	}

	/** The project's rows of an action, as "PHASE actor", oldest first. */
	public List<String> rows(String action) {
		return jdbc().sql("select phase || ' ' || actor from audit_event where project_id = ? and action = ? order by id")
			.param(projectId)
			.param(action)
			.query(String.class)
			.list();
	}

	/** A field of what the system recorded when it found the change made. */
	public String settledAfter(String action, String field) {
		return jdbc().sql("""
				select after ->> ? from audit_event
				 where project_id = ? and action = ? and phase = 'SUCCEEDED' and actor = 'system'""")
			.param(field)
			.param(projectId)
			.param(action)
			.query(String.class)
			.single();
	}

	/** The detail of the row that settled the change as not made. */
	public String notMadeDetail(String action) {
		return jdbc().sql("select detail from audit_event where project_id = ? and action = ? and phase = 'FAILED' and actor = 'system'")
			.param(projectId)
			.param(action)
			.query(String.class)
			.single();
	}

	private JdbcClient jdbc() {
		return context.getBean(JdbcClient.class);
	}

}
