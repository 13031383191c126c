package com.provisioningportal.portal.callbacks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.provisioningportal.portal.callbacks.StatusChanged.Source;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the last known state of each watched resource in PostgreSQL. A change is recorded by an update that only
 * matches while the row still holds another state, so when a callback and reconciliation (or two instances) see
 * the same change, exactly one of them records and announces it.
 */
@Service
class StatusWatchStore implements StatusWatch {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Map<String, StatusSource> sources;

	StatusWatchStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, List<StatusSource> sources) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.sources = sources.stream().collect(Collectors.toMap(StatusSource::kind, Function.identity()));
	}

	@Override
	@Transactional
	public void watch(WatchedResource resource, String knownState) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into watched_status (project_id, kind, resource_id, state, settled, watched_since, changed_at)
				values (:project, :kind, :resource, :state, :settled, :now, :now)
				on conflict (project_id, kind, resource_id)
				do update set state = excluded.state, settled = excluded.settled, watched_since = excluded.watched_since,
				              changed_at = excluded.changed_at, checked_at = null
				""")
			.params(params(resource))
			.param("state", knownState)
			.param("settled", settled(resource.kind(), knownState))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	@Override
	public Optional<String> lastKnownState(WatchedResource resource) {
		return jdbc.sql("select state from watched_status where project_id = :project and kind = :kind and resource_id = :resource")
			.params(params(resource))
			.query(String.class)
			.optional();
	}

	/**
	 * Records that a watched resource is now in {@code state}, and announces it if that is news. News older than
	 * what the portal already applied ({@code happenedAt} before the stored event time) is late and changes nothing.
	 * @param happenedAt when the state was true at Sinch, or null when unknown (then the news is taken as current)
	 * @return the state before, when this call recorded a change
	 */
	@Transactional
	Optional<String> observe(WatchedResource resource, String state, Source source, Instant happenedAt) {
		Instant now = clock.instant();
		boolean settled = StatusChanged.GONE.equals(state) || settled(resource.kind(), state);
		// The locking sub-select makes a concurrent observer wait, then see the new state and match nothing.
		Optional<String> previous = jdbc.sql("""
				update watched_status w
				   set state = :state, settled = :settled, changed_at = :now, checked_at = :now,
				       event_at = coalesce(cast(:happenedAt as timestamptz), w.event_at)
				  from (select project_id, kind, resource_id, state as previous from watched_status
				         where project_id = :project and kind = :kind and resource_id = :resource for update) old
				 where w.project_id = old.project_id and w.kind = old.kind and w.resource_id = old.resource_id
				   and w.state <> :state
				   and (cast(:happenedAt as timestamptz) is null or w.event_at is null or w.event_at <= cast(:happenedAt as timestamptz))
				returning old.previous
				""")
			.params(params(resource))
			.param("state", state)
			.param("settled", settled)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("happenedAt", (happenedAt == null) ? null : happenedAt.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.optional();
		previous.ifPresent(before -> events.publishEvent(new StatusChanged(resource, before, state, settled, source, now)));
		return previous;
	}

	@Override
	public long waitingOn(String projectId, String kind) {
		return jdbc.sql("select count(*) from watched_status where project_id = :project and kind = :kind and not settled")
			.param("project", UUID.fromString(projectId))
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	/** Notes that reconciliation asked about a resource and found nothing new. */
	@Transactional
	void checked(WatchedResource resource) {
		jdbc.sql("""
				update watched_status set checked_at = :now, event_at = greatest(event_at, :now)
				 where project_id = :project and kind = :kind and resource_id = :resource""")
			.params(params(resource))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The unsettled resources, those asked about longest ago first. */
	List<WatchedResource> unsettled(int limit) {
		return jdbc.sql("""
				select project_id, kind, resource_id from watched_status
				 where not settled order by checked_at nulls first, watched_since limit :limit
				""")
			.param("limit", limit)
			.query((row, number) -> new WatchedResource(row.getString("project_id"), row.getString("kind"),
					row.getString("resource_id")))
			.list();
	}

	Optional<StatusSource> source(String kind) {
		return Optional.ofNullable(sources.get(kind));
	}

	private boolean settled(String kind, String state) {
		return source(kind).map(source -> source.settled(state)).orElse(false);
	}

	private static Map<String, Object> params(WatchedResource resource) {
		return Map.of("project", UUID.fromString(resource.projectId()), "kind", resource.kind(), "resource",
				resource.resourceId());
	}

}
