package com.provisioningportal.portal.sms;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.provisioningportal.portal.callbacks.StatusChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The portal's own record of the bundles it asked for: who asked, when, and when the portal learnt (by callback or
 * reconciliation) that Sinch finished. The progress view takes its timestamps from here; the bundle itself is read
 * from Sinch.
 */
@Service
class BundleRequests {

	private final JdbcClient jdbc;

	private final Clock clock;

	BundleRequests(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void requested(String projectId, String bundleId, String username) {
		jdbc.sql("""
				insert into sms_bundle_request (project_id, bundle_id, requested_by, requested_at)
				values (:project::uuid, :bundle, :username, :now) on conflict do nothing
				""")
			.param("project", projectId)
			.param("bundle", bundleId)
			.param("username", username)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<Request> find(String projectId, String bundleId) {
		return jdbc.sql("""
				select requested_by, requested_at, finished_at, final_state from sms_bundle_request
				 where project_id = :project::uuid and bundle_id = :bundle
				""")
			.param("project", projectId)
			.param("bundle", bundleId)
			.query((row, number) -> new Request(row.getString("requested_by"),
					instant(row.getObject("requested_at", OffsetDateTime.class)),
					instant(row.getObject("finished_at", OffsetDateTime.class)), row.getString("final_state")))
			.optional();
	}

	/** A watched bundle settled: remember when, once, whichever path (callback or reconciliation) saw it first. */
	@EventListener
	void on(StatusChanged change) {
		if (!BundleCallbacks.BUNDLE.equals(change.resource().kind()) || !change.settled()) {
			return;
		}
		jdbc.sql("""
				update sms_bundle_request set finished_at = :at, final_state = :state
				 where project_id = :project::uuid and bundle_id = :bundle and finished_at is null
				""")
			.param("at", change.at().atOffset(ZoneOffset.UTC))
			.param("state", change.state())
			.param("project", change.resource().projectId())
			.param("bundle", change.resource().resourceId())
			.update();
	}

	private static Instant instant(OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

	/** When the portal asked for a bundle, and when it learnt the bundle finished (null while it has not). */
	record Request(String requestedBy, Instant requestedAt, Instant finishedAt, String finalState) {

	}

}
