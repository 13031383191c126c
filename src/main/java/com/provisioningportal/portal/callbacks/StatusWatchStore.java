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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the last known status of each watched resource in PostgreSQL, its parts' states included. A change is
 * recorded by an update that only matches while the row still holds another status, so when a callback and reconciliation (or two instances) see
 * the same change, exactly one of them records and announces it.
 */
@Service
class StatusWatchStore implements StatusWatch {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private static final TypeReference<Map<String, String>> PARTS = new TypeReference<>() {
	};

	private final Map<String, StatusSource> sources;

	private final JsonMapper json;

	StatusWatchStore(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, List<StatusSource> sources,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
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
				do update set state = excluded.state, parts = excluded.parts, settled = excluded.settled,
				              watched_since = excluded.watched_since, changed_at = excluded.changed_at, checked_at = null
				""")
			.params(params(resource))
			.param("state", knownState)
			.param("settled", settled(resource.kind(), knownState))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	@Override
	public Optional<WatchedStatus> lastKnown(WatchedResource resource) {
		return jdbc.sql("""
				select state, cast(parts as text) as parts from watched_status
				 where project_id = :project and kind = :kind and resource_id = :resource""")
			.params(params(resource))
			.query((row, number) -> new WatchedStatus(row.getString("state"), parts(row.getString("parts"))))
			.optional();
	}

	/**
	 * Records that a watched resource is now in {@code status}, and announces it if that is news. News older than
	 * what the portal already applied ({@code happenedAt} before the stored event time) is late and changes nothing.
	 * @param happenedAt when the status was true at Sinch, or null when unknown (then the news is taken as current)
	 * @return the status before, when this call recorded a change
	 */
	@Transactional
	Optional<WatchedStatus> observe(WatchedResource resource, WatchedStatus status, Source source, Instant happenedAt) {
		Instant now = clock.instant();
		boolean settled = StatusChanged.GONE.equals(status.state()) || settled(resource.kind(), status.state());
		// The locking sub-select makes a concurrent observer wait, then see the new status and match nothing.
		Optional<WatchedStatus> previous = jdbc.sql("""
				update watched_status w
				   set state = :state, parts = cast(:parts as jsonb), settled = :settled, changed_at = :now,
				       checked_at = :now, event_at = coalesce(cast(:happenedAt as timestamptz), w.event_at)
				  from (select project_id, kind, resource_id, state as previous, parts as previous_parts
				          from watched_status
				         where project_id = :project and kind = :kind and resource_id = :resource for update) old
				 where w.project_id = old.project_id and w.kind = old.kind and w.resource_id = old.resource_id
				   and (w.state <> :state or w.parts <> cast(:parts as jsonb))
				   and (cast(:happenedAt as timestamptz) is null or w.event_at is null or w.event_at <= cast(:happenedAt as timestamptz))
				returning old.previous, cast(old.previous_parts as text) as previous_parts
				""")
			.params(params(resource))
			.param("state", status.state())
			.param("parts", json.writeValueAsString(status.parts()))
			.param("settled", settled)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("happenedAt", (happenedAt == null) ? null : happenedAt.atOffset(ZoneOffset.UTC))
			.query((row, number) -> new WatchedStatus(row.getString("previous"), parts(row.getString("previous_parts"))))
			.optional();
		previous.ifPresent(before -> events.publishEvent(new StatusChanged(resource, before, status, settled, source, now)));
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

	private Map<String, String> parts(String partsJson) {
		return json.readValue(partsJson, PARTS);
	}

	private static Map<String, Object> params(WatchedResource resource) {
		return Map.of("project", UUID.fromString(resource.projectId()), "kind", resource.kind(), "resource",
				resource.resourceId());
	}

}
