package com.provisioningportal.portal.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Streams exports of the log and keeps each tracked export's progress in {@code audit_export}, so the page's poll
 * can read it on whichever instance it reaches. An export is tracked when the page started it ({@link #start}) and
 * its download names it; a plain download is streamed the same way, untracked.
 */
class AuditExports {

	/**
	 * Rows between two progress updates. One small update per batch keeps the stream at its full rate; one per row
	 * would make every row wait on the database.
	 */
	static final int PROGRESS_EVERY = 10_000;

	/** A finished export is kept this long for its page, then deleted. */
	static final Duration KEPT = Duration.ofDays(1);

	/** A running export whose progress has not moved for this long lost its instance, and is marked failed. */
	static final Duration STALLED = Duration.ofHours(1);

	enum State {

		RUNNING, DONE, FAILED

	}

	enum Failure {

		/** The browser went away: writing to it failed. */
		CLIENT_GONE,
		/** The portal could not go on: reading the log failed, or the instance stopped. */
		SERVER

	}

	/** One export as its page shows it; {@code total} is null until the download has counted its rows. */
	record Progress(UUID id, String username, AuditExport.Format format, String filterSummary, @Nullable Long total,
			long written, State state, @Nullable Failure failure, Instant startedAt, @Nullable Instant finishedAt) {

		public boolean running() {
			return state == State.RUNNING;
		}

	}

	private final JdbcClient jdbc;

	private final AuditSearch search;

	private final Clock clock;

	AuditExports(JdbcClient jdbc, AuditSearch search, Clock clock) {
		this.jdbc = jdbc;
		this.search = search;
		this.clock = clock;
	}

	/** A new export of this user's, running and not yet counted, for its download to name. */
	Progress start(String username, AuditExport.Format format, String filterSummary) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into audit_export (id, username, format, filter_summary, state, started_at, updated_at)
				values (:id, :username, :format, :summary, 'RUNNING', :now, :now)""")
			.param("id", id)
			.param("username", username)
			.param("format", format.name())
			.param("summary", filterSummary)
			.param("now", now)
			.update();
		return find(id, username).orElseThrow();
	}

	/** The export, if this user started it: nobody else learns that it exists. */
	Optional<Progress> find(UUID id, String username) {
		return jdbc.sql("select * from audit_export where id = :id and username = :username")
			.param("id", id)
			.param("username", username)
			.query(AuditExports::progress)
			.optional();
	}

	/**
	 * Writes the rows of the filter up to {@code upToId} to {@code out}, recording the progress of {@code exportId}
	 * when that is this user's export and no download took it yet (otherwise the download goes out untracked).
	 */
	void stream(OutputStream out, AuditExport.Format format, AuditFilter filter, long upToId,
			@Nullable UUID exportId, String username) throws IOException {
		Tracker tracker = (exportId != null) ? claim(exportId, username, filter, upToId) : null;
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		AuditExport export = new AuditExport(format, writer);
		if (tracker == null) {
			export.header();
			search.forEach(filter, upToId, export::row);
			writer.flush();
			return;
		}
		try {
			export.header();
			search.forEach(filter, upToId, row -> {
				export.row(row);
				tracker.row();
			});
			writer.flush();
			tracker.finished(State.DONE, null);
		}
		catch (IOException | UncheckedIOException ex) {
			tracker.finished(State.FAILED, Failure.CLIENT_GONE);
			throw ex;
		}
		catch (RuntimeException ex) {
			tracker.finished(State.FAILED, Failure.SERVER);
			throw ex;
		}
	}

	/** Forgets finished exports after a day, and ends those whose instance stopped while they ran. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void cleanUp() {
		Instant now = clock.instant();
		jdbc.sql("delete from audit_export where finished_at < :before")
			.param("before", at(now.minus(KEPT)))
			.update();
		jdbc.sql("""
				update audit_export set state = 'FAILED', failure = 'SERVER', finished_at = :now, updated_at = :now
				where state = 'RUNNING' and updated_at < :before""")
			.param("now", at(now))
			.param("before", at(now.minus(STALLED)))
			.update();
	}

	/** Counts the rows to export, up front, and takes the export for this download; null when it is not to be had. */
	private @Nullable Tracker claim(UUID exportId, String username, AuditFilter filter, long upToId) {
		// Looked at first so that a download which cannot take the export does not pay for the count.
		if (find(exportId, username).filter(found -> found.running() && found.total() == null).isEmpty()) {
			return null;
		}
		int taken = jdbc.sql("""
				update audit_export set total = :total, updated_at = :now
				where id = :id and username = :username and state = 'RUNNING' and total is null""")
			.param("total", search.count(filter, upToId))
			.param("now", now())
			.param("id", exportId)
			.param("username", username)
			.update();
		return (taken == 1) ? new Tracker(exportId) : null;
	}

	/** Counts the rows handed to the writer and records the count every {@link #PROGRESS_EVERY} rows and at the end. */
	private final class Tracker {

		private final UUID id;

		private long written;

		Tracker(UUID id) {
			this.id = id;
		}

		void row() {
			written++;
			if (written % PROGRESS_EVERY == 0) {
				jdbc.sql("update audit_export set written = :written, updated_at = :now where id = :id")
					.param("written", written)
					.param("now", now())
					.param("id", id)
					.update();
			}
		}

		void finished(State state, @Nullable Failure failure) {
			OffsetDateTime now = now();
			jdbc.sql("""
					update audit_export set written = :written, state = :state, failure = :failure, updated_at = :now,
					finished_at = :now where id = :id""")
				.param("written", written)
				.param("state", state.name())
				.param("failure", (failure != null) ? failure.name() : null)
				.param("now", now)
				.param("id", id)
				.update();
		}

	}

	private OffsetDateTime now() {
		return at(clock.instant());
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Progress progress(ResultSet rs, int row) throws SQLException {
		long total = rs.getLong("total");
		Long counted = rs.wasNull() ? null : total;
		String failure = rs.getString("failure");
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new Progress(rs.getObject("id", UUID.class), rs.getString("username"),
				AuditExport.Format.valueOf(rs.getString("format")), rs.getString("filter_summary"), counted,
				rs.getLong("written"), State.valueOf(rs.getString("state")),
				(failure != null) ? Failure.valueOf(failure) : null,
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

}
