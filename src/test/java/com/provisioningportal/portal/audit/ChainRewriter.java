package com.provisioningportal.portal.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a database superuser covering their tracks does to the audit log. */
final class ChainRewriter {

	private final JdbcClient jdbc;

	private final AuditStore store;

	ChainRewriter(JdbcClient jdbc, AuditStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	/** Switches the append-only triggers off, edits one row's detail and leaves every hash as it was, and back on. */
	void editDetailOnly(long id, String detail) {
		jdbc.sql("alter table audit_event disable trigger user").update();
		jdbc.sql("update audit_event set detail = :detail where id = :id").param("detail", detail).param("id", id).update();
		jdbc.sql("alter table audit_event enable trigger user").update();
	}

	/** Switches the append-only triggers off, edits one row's actor, recomputes every hash from it on, and back on. */
	void rewriteActor(long id, String actor) {
		jdbc.sql("alter table audit_event disable trigger user").update();
		jdbc.sql("update audit_event set actor = :actor where id = :id").param("actor", actor).param("id", id).update();
		byte[] prev = jdbc.sql("select prev_hash from audit_event where id = :id").param("id", id).query(byte[].class).single();
		List<StoredRow> rows = jdbc.sql("select " + AuditStore.COLUMNS + " from audit_event where id >= :id order by id")
			.param("id", id)
			.query(StoredRow.MAPPER)
			.list();
		for (StoredRow stored : rows) {
			AuditRow row = store.parse(stored);
			byte[] hash = CanonicalForm.hash(prev, row.content());
			jdbc.sql("update audit_event set prev_hash = :prev, hash = :hash where id = :id")
				.param("prev", prev)
				.param("hash", hash)
				.param("id", row.id())
				.update();
			prev = hash;
		}
		jdbc.sql("alter table audit_event enable trigger user").update();
	}

}
