package com.provisioningportal.portal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes audit rows as CSV or JSON lines, one row at a time. CSV cells that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) get a leading apostrophe.
 */
final class AuditExport {

	enum Format {

		CSV("text/csv", "csv"), JSONL("application/x-ndjson", "jsonl");

		final String contentType;

		final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		/** The format named by {@code csv} or {@code jsonl} (any case), or null for any other name. */
		static @Nullable Format named(String name) {
			return switch (name.toLowerCase(Locale.ROOT)) {
				case "csv" -> CSV;
				case "jsonl" -> JSONL;
				default -> null;
			};
		}

	}

	static final String[] HEADER = { "id", "occurred_at", "actor", "actor_roles", "client_ip", "user_agent", "action",
			"project_id", "resource_type", "resource_id", "phase", "correlation_id", "upstream_status",
			"upstream_error_code", "detail", "request", "before", "after", "prev_hash", "hash" };

	/** Exports keep full precision, UTC, so rows can be matched against the database and the canonical form. */
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Format format;

	private final Writer out;

	AuditExport(Format format, Writer out) {
		this.format = format;
		this.out = out;
	}

	void header() {
		if (format == Format.CSV) {
			line(HEADER);
		}
	}

	void row(StoredRow row) {
		String[] cells = cells(row);
		if (format == Format.CSV) {
			line(cells);
			return;
		}
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < HEADER.length; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('"').append(HEADER[i]).append("\":");
			boolean raw = i == 0 || HEADER[i].equals("upstream_status") || HEADER[i].equals("request")
					|| HEADER[i].equals("before") || HEADER[i].equals("after");
			json.append((cells[i] == null) ? "null" : raw ? cells[i] : CanonicalForm.quote(cells[i]));
		}
		write(json.append("}\n").toString());
	}

	static String neutralise(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') ? "'" + cell
				: cell;
	}

	/** JSON columns go out as PostgreSQL renders them; to recompute a hash, canonicalise them as documented. */
	private static String[] cells(StoredRow row) {
		return new String[] { String.valueOf(row.id()), TIMESTAMP.format(row.occurredAt()), row.actor(), row.actorRoles(),
				row.clientIp(), row.userAgent(), row.action(), row.projectId(), row.resourceType(), row.resourceId(),
				row.phase(), row.correlationId().toString(),
				(row.upstreamStatus() != null) ? row.upstreamStatus().toString() : null, row.upstreamErrorCode(),
				row.detail(), row.request(), row.before(), row.after(), CanonicalForm.hex(row.prevHash()),
				CanonicalForm.hex(row.hash()) };
	}

	private void line(@Nullable String[] cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			String cell = (cells[i] == null) ? "" : neutralise(cells[i]);
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
				line.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(cell);
			}
		}
		write(line.append("\r\n").toString());
	}

	private void write(String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
