package com.provisioningportal.portal.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import com.provisioningportal.portal.web.ProjectAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading the log for review and export. Pages are keyset pages by id (newest first), so rows written while an
 * auditor pages never shift a page: a row's id is fixed, and new rows only ever get larger ids.
 */
class AuditSearch {

	static final int EXPORT_CHUNK = 1_000;

	/** The list shows no JSON, so its pages neither fetch nor parse it: those three columns come back null. */
	static final String LIST_COLUMNS = AuditStore.COLUMNS.replace("request, before, after",
			"null as request, null as before, null as after");

	private final JdbcClient jdbc;

	private final AuditStore store;

	AuditSearch(JdbcClient jdbc, AuditStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** Where a page starts: below {@code before} (going to older rows) or above {@code after} (newer). */
	record Cursor(@Nullable Long before, @Nullable Long after) {

		static final Cursor FIRST = new Cursor(null, null);

	}

	/**
	 * One page of rows, newest first, with the cursors of the pages beside it (null when there is none). The rows
	 * carry no JSON (see {@link #LIST_COLUMNS}): open a row with {@link #find} for all of it.
	 */
	record Page(List<AuditRow> rows, @Nullable Cursor previous, @Nullable Cursor next) {

	}

	Page page(AuditFilter filter, Cursor cursor, int size) {
		if (cursor.after() != null) {
			List<AuditRow> rows = new ArrayList<>(query(filter, " and id > :cursor", cursor.after(), "asc", size + 1));
			boolean newer = rows.size() > size;
			List<AuditRow> page = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
			Collections.reverse(page);
			return new Page(page, (newer) ? new Cursor(null, page.get(0).id()) : null,
					page.isEmpty() ? null : new Cursor(page.get(page.size() - 1).id(), null));
		}
		List<AuditRow> rows = (cursor.before() != null) ? query(filter, " and id < :cursor", cursor.before(), "desc", size + 1)
				: query(filter, "", null, "desc", size + 1);
		boolean older = rows.size() > size;
		List<AuditRow> page = rows.subList(0, Math.min(size, rows.size()));
		Cursor previous = (cursor.before() != null && !page.isEmpty()) ? new Cursor(null, page.get(0).id()) : null;
		return new Page(page, previous, older ? new Cursor(page.get(page.size() - 1).id(), null) : null);
	}

	/**
	 * Every row matching the filter with an id up to {@code upToId}, newest first, handed over one at a time while
	 * only one chunk is held in memory; each chunk is its own short query. JSON stays as stored, unparsed.
	 */
	void forEach(AuditFilter filter, long upToId, Consumer<StoredRow> consumer) {
		long cursor = upToId + 1;
		while (true) {
			List<StoredRow> rows = query(AuditStore.COLUMNS, filter, " and id < :cursor", cursor, "desc", EXPORT_CHUNK,
					StoredRow.MAPPER);
			rows.forEach(consumer);
			if (rows.size() < EXPORT_CHUNK) {
				return;
			}
			cursor = rows.get(rows.size() - 1).id();
		}
	}

	/** How many rows {@link #forEach} will hand over: one count on the same conditions, which the filter's indexes serve. */
	long count(AuditFilter filter, long upToId) {
		Map<String, Object> parameters = new HashMap<>();
		String where = filter.where(parameters::put);
		parameters.put("upTo", upToId);
		return jdbc.sql("select count(*) from audit_event where true" + where + " and id <= :upTo")
			.params(parameters)
			.query(Long.class)
			.single();
	}

	Optional<AuditRow> find(long id) {
		return store.find(id);
	}

	/** The ATTEMPT and outcome rows of one user action. */
	List<AuditRow> correlated(UUID correlationId) {
		return jdbc.sql("select " + AuditStore.COLUMNS + " from audit_event where correlation_id = :id order by id")
			.param("id", correlationId)
			.query(store.rowMapper())
			.list();
	}

	/** The row, if this reader may see it. */
	Optional<AuditRow> find(long id, ProjectAccess.Scope visible) {
		return find(id).filter(row -> sees(visible, row));
	}

	/** The other rows of the same user action that this reader may see. */
	List<AuditRow> relatedTo(AuditRow row, ProjectAccess.Scope visible) {
		return correlated(row.content().correlationId()).stream()
			.filter(other -> other.id() != row.id() && sees(visible, other))
			.toList();
	}

	/** A team auditor reads rows of their teams' projects only; a row without a project is not theirs. */
	private static boolean sees(ProjectAccess.Scope visible, AuditRow row) {
		return visible.all() || (row.content().projectId() != null && visible.includes(row.content().projectId()));
	}

	/** The newest row's id, or 0 when the log is empty. */
	long headId() {
		return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	private List<AuditRow> query(AuditFilter filter, String keyset, @Nullable Long cursor, String direction, int limit) {
		return query(LIST_COLUMNS, filter, keyset, cursor, direction, limit, store.rowMapper());
	}

	private <T> List<T> query(String columns, AuditFilter filter, String keyset, @Nullable Long cursor, String direction,
			int limit, RowMapper<T> mapper) {
		Map<String, Object> parameters = new HashMap<>();
		String where = filter.where(parameters::put);
		if (cursor != null) {
			parameters.put("cursor", cursor);
		}
		parameters.put("limit", limit);
		return jdbc.sql("select " + columns + " from audit_event where true" + where + keyset + " order by id "
				+ direction + " limit :limit")
			.params(parameters)
			.query(mapper)
			.list();
	}

}
