package com.provisioningportal.portal.audit;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.provisioningportal.testsupport.PostgresChooser;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's benchmark (docs/benchmarks.md says how to run it). Not a test: it needs minutes and a database
 * of its own, so {@code ./mvnw verify} never runs it. Prints a Markdown report on standard output.
 * <p>
 * Measures, on a fresh embedded PostgreSQL (or {@code PORTAL_TEST_DATABASE_URL}): the write path with 16
 * concurrent writers; then fills the log to {@code rows} rows of about 1 KB (chained, in large batches); then the
 * filtered first page and a deep keyset page through {@link AuditSearch} beside the same SQL run raw over JDBC,
 * with their plans; the export and the verification of the whole chain.
 */
public final class AuditBenchmark {

	private static final String[] ACTIONS = { "WHATSAPP_SENDER_CREATE", "WHATSAPP_SENDER_UPDATE", "WEBHOOK_CREATE",
			"WEBHOOK_UPDATE", "WEBHOOK_DELETE", "SMS_APP_CREATE", "SMS_APP_DELETE", "TEMPLATE_CREATE", "TEMPLATE_DELETE",
			"PROJECT_CREATE", "USER_ROLE_CHANGE", "SIGN_IN" };

	private static final String[] RESOURCE_TYPES = { "sender", "webhook", "sms-app", "template", "project", "user" };

	private static final Phase[] PHASES = { Phase.ATTEMPT, Phase.ATTEMPT, Phase.SUCCEEDED, Phase.SUCCEEDED, Phase.FAILED,
			Phase.DENIED };

	private final JdbcClient jdbc;

	private final HikariDataSource dataSource;

	private final AuditStore store;

	private final AuditSearch search;

	private final ChainVerifier verifier;

	private final AuditLog auditLog;

	/** Rows are spread over about 90 days, one every 7.7 s, in id order as real rows are. */
	/** Rows written between the two checkpoints of the incremental run. */
	private static final int INCREMENT = 10_000;

	private static final Instant START = Instant.parse("2026-08-01T00:00:00Z");

	private AuditBenchmark(HikariDataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
		this.store = new AuditStore(jdbc, AuditConfiguration.MAPPER, Duration.ofSeconds(30));
		this.search = new AuditSearch(jdbc, store);
		this.verifier = new ChainVerifier(jdbc, store, Clock.systemUTC());
		// The write path's rows come first in the log, so they carry its earliest time.
		this.auditLog = new AuditLog(store, new AuditValues(AuditConfiguration.MAPPER), Clock.fixed(START, ZoneOffset.UTC), transactions);
	}

	/** Writes the report to {@code report}; started by {@link AuditBenchmarkRun}, never by {@code ./mvnw verify}. */
	static void run(PrintStream report) throws Exception {
		AuditBenchmark.report = report;
		int rows = Integer.parseInt(System.getProperty("rows", "1000000"));
		int concurrentRows = Integer.parseInt(System.getProperty("concurrentRows", "20000"));
		PostgresChooser.Database database = PostgresChooser.forTests();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.username());
		dataSource.setPassword(database.password());
		dataSource.setMaximumPoolSize(20);
		Flyway.configure().dataSource(dataSource).load().migrate();
		try {
			new AuditBenchmark(dataSource).run(rows, concurrentRows, database);
		}
		finally {
			dataSource.close();
		}
	}

	private void run(int rows, int concurrentRows, PostgresChooser.Database database) throws Exception {
		String version = jdbc.sql("select version()").query(String.class).single();
		out("# Audit benchmark run");
		out("");
		out("- Database: " + database + " — " + version.substring(0, version.indexOf(" on ")));
		out("- Load average at the start (1, 5, 15 min): " + loadAverage());
		out("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
		out("- Rows: " + rows + " (" + concurrentRows + " through the write API with 16 writers, the rest in chained batches)");
		out("");

		long written = writeConcurrently(16, concurrentRows);
		fill(rows - (int) written);
		jdbc.sql("vacuum analyze audit_event").update();
		long total = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
		long bytes = jdbc.sql("select pg_total_relation_size('audit_event')").query(Long.class).single();
		double rowBytes = jdbc.sql("select avg(pg_column_size(a.*)) from (select * from audit_event order by id desc limit 10000) a")
			.query(Double.class)
			.single();
		out(String.format(Locale.ROOT, "- Table: %d rows, %.0f MB with indexes, average row %.0f bytes", total,
				bytes / 1e6, rowBytes));
		out("");

		queries();
		export();
		verification();
		out("- Load average at the end (1, 5, 15 min): " + loadAverage());
	}

	/** Other builds may share the machine; the load average says how much. */
	private static String loadAverage() {
		try {
			String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	/** The real write path: each row its own transaction, chain lock, head read, hash, insert, commit. */
	private long writeConcurrently(int writers, int rows) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		AtomicInteger next = new AtomicInteger();
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			long seed = w;
			done.add(pool.submit(() -> {
				Random random = new Random(seed);
				while (next.getAndIncrement() < rows) {
					Phase phase = PHASES[random.nextInt(PHASES.length)];
					auditLog.record(entry(random), phase, Outcome.ok(payload(random, 300)));
				}
				return null;
			}));
		}
		for (Future<?> future : done) {
			future.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		out("## Insert throughput, 16 concurrent writers through AuditLog");
		out("");
		out(String.format(Locale.ROOT, "%d rows in %.1f s: **%.0f rows/s** (each row one transaction: chain lock, head, hash, insert, commit)",
				rows, seconds, rows / seconds));
		out("");
		return rows;
	}

	/** Fills the log quickly with valid chained rows: many rows per transaction, hashed in Java as the write path does. */
	private void fill(int rows) throws Exception {
		Random random = new Random(42);
		long started = System.nanoTime();
		int batch = 2_000;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			byte[] prev;
			try (Statement statement = connection.createStatement();
					ResultSet head = statement.executeQuery("select hash from audit_event order by id desc limit 1")) {
				prev = head.next() ? head.getBytes(1) : CanonicalForm.GENESIS;
			}
			String sql = """
					insert into audit_event (occurred_at, actor, actor_roles, client_ip, user_agent, action, project_id,
					    resource_type, resource_id, phase, correlation_id, request, before, after, upstream_status,
					    upstream_error_code, detail, prev_hash, hash)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)""";
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				for (int i = 0; i < rows; i++) {
					AuditContent content = content(random, START.plusMillis(1_000 + i * 7_700L));
					byte[] hash = CanonicalForm.hash(prev, content);
					bind(insert, content, prev, hash);
					insert.addBatch();
					prev = hash;
					if ((i + 1) % batch == 0 || i == rows - 1) {
						insert.executeBatch();
						connection.commit();
					}
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out(String.format(Locale.ROOT, "Bulk fill (not the write path, for setup): %d rows in %.1f s (%.0f rows/s)", rows, seconds,
				rows / seconds));
		out("");
	}

	private void queries() throws Exception {
		String actor = "user-17";
		long headId = search.headId();
		long deepCursor = jdbc.sql("select id from audit_event where actor = :actor order by id limit 1 offset 200")
			.param("actor", actor)
			.query(Long.class)
			.single();
		long unfilteredDeep = headId / 10;
		String resourceId = jdbc.sql("select resource_id from audit_event where resource_type = 'sender' and resource_id like 'shared-%' limit 1")
			.query(String.class)
			.single();
		AuditFilter byActor = new AuditFilter(actor, null, null, null, null, null, null, null);
		AuditFilter byActorAndPhase = new AuditFilter(actor, null, null, null, null, Phase.FAILED, null, null);
		AuditFilter byResource = new AuditFilter(null, null, null, "sender", resourceId, null, null, null);
		AuditFilter byAction = new AuditFilter(null, "WEBHOOK_DELETE", null, null, null, null, null, null);
		AuditFilter lastWeek = new AuditFilter(null, null, null, null, null, null,
				jdbc.sql("select max(occurred_at) from audit_event").query(OffsetDateTime.class).single().toInstant().minus(Duration.ofDays(7)),
				null);

		out("## Review queries: 50 rows per page, through AuditSearch beside the same SQL over raw JDBC");
		out("");
		out("Each measured 300 times after 30 warm-up runs. \"App\" maps every row into the objects the page renders; \"raw\" "
				+ "runs the identical SQL text and reads each column as text.");
		out("");
		out("| query | app p50 | app p95 | raw p50 | raw p95 | p95 ratio |");
		out("| --- | ---: | ---: | ---: | ---: | ---: |");
		Map<String, String> plans = new LinkedHashMap<>();
		measure("actor filter, first page", byActor, AuditSearch.Cursor.FIRST, plans);
		measure("actor filter, deep keyset page (" + deepCursor + ")", byActor, new AuditSearch.Cursor(deepCursor, null), plans);
		measure("actor + phase filter, first page", byActorAndPhase, AuditSearch.Cursor.FIRST, plans);
		measure("resource timeline, first page", byResource, AuditSearch.Cursor.FIRST, plans);
		measure("action filter, first page", byAction, AuditSearch.Cursor.FIRST, plans);
		measure("last 7 days, first page", lastWeek, AuditSearch.Cursor.FIRST, plans);
		measure("no filter, deep keyset page (" + unfilteredDeep + ")", AuditFilter.NONE,
				new AuditSearch.Cursor(unfilteredDeep, null), plans);
		out("");
		out("### Plans (EXPLAIN ANALYZE of the raw SQL)");
		plans.forEach((name, plan) -> {
			out("");
			out("**" + name + "**");
			out("```");
			out(plan.strip());
			out("```");
		});
		out("");
	}

	private void measure(String name, AuditFilter filter, AuditSearch.Cursor cursor, Map<String, String> plans) throws Exception {
		Map<String, Object> parameters = new LinkedHashMap<>();
		String where = filter.where(parameters::put);
		String keyset = (cursor.before() != null) ? " and id < " + cursor.before() : "";
		String sql = "select " + AuditSearch.LIST_COLUMNS + " from audit_event where true" + where + keyset + " order by id desc limit 51";
		String positional = sql;
		List<Object> values = new ArrayList<>();
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			positional = positional.replace(":" + parameter.getKey(), "?");
			values.add(parameter.getValue());
		}
		String rawSql = positional;
		Supplier<Integer> app = () -> search.page(filter, cursor, 50).rows().size();
		Supplier<Integer> raw = () -> rawPage(rawSql, values);
		double[] appTimes = time(app);
		double[] rawTimes = time(raw);
		out(String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |", name, percentile(appTimes, 50),
				percentile(appTimes, 95), percentile(rawTimes, 50), percentile(rawTimes, 95),
				percentile(appTimes, 95) / percentile(rawTimes, 95)));
		plans.put(name, explain(rawSql, values));
	}

	private int rawPage(String sql, List<Object> values) {
		try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.size(); i++) {
				statement.setObject(i + 1, values.get(i));
			}
			int count = 0;
			try (ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					for (int c = 1; c <= columns; c++) {
						rs.getString(c);
					}
					count++;
				}
			}
			return count;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String explain(String sql, List<Object> values) throws Exception {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
			for (int i = 0; i < values.size(); i++) {
				statement.setObject(i + 1, values.get(i));
			}
			StringBuilder plan = new StringBuilder();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
	}

	private static double[] time(Supplier<Integer> query) {
		for (int i = 0; i < 30; i++) {
			query.get();
		}
		double[] millis = new double[300];
		for (int i = 0; i < millis.length; i++) {
			long started = System.nanoTime();
			query.get();
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double percentile(double[] sorted, int percent) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

	private void export() {
		for (AuditExport.Format format : AuditExport.Format.values()) {
			CountingWriter sink = new CountingWriter();
			AuditExport export = new AuditExport(format, sink);
			AtomicInteger count = new AtomicInteger();
			long started = System.nanoTime();
			export.header();
			search.forEach(AuditFilter.NONE, search.headId(), row -> {
				export.row(row);
				count.incrementAndGet();
			});
			double seconds = (System.nanoTime() - started) / 1e9;
			if (format == AuditExport.Format.CSV) {
				out("## Export (whole log, streamed in keyset chunks of " + AuditSearch.EXPORT_CHUNK + ")");
				out("");
			}
			out(String.format(Locale.ROOT, "- %s: %d rows, %.0f MB in %.1f s: **%.0f rows/s**", format, count.get(),
					sink.chars / 1e6, seconds, count.get() / seconds));
		}
		out("");
	}

	private void verification() throws Exception {
		long started = System.nanoTime();
		AtomicLong read = new AtomicLong();
		for (long from = 0, head = search.headId(); from < head; from += ChainVerifier.CHUNK) {
			jdbc.sql("select " + AuditStore.COLUMNS + " from audit_event where id > :from and id <= :to order by id")
				.param("from", from)
				.param("to", from + ChainVerifier.CHUNK)
				.query(rs -> {
					for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
						rs.getString(column);
					}
					read.incrementAndGet();
				});
		}
		double floor = read.get() / ((System.nanoTime() - started) / 1e9);

		AuditVerification verification = new AuditVerification(verifier,
				new AuditCheckpoints(Files.createTempDirectory("audit-benchmark-digests"), AuditSigningKey.parse(AuditSigningKeyTests.DEV_KEY)));
		CheckpointSigner signer = new CheckpointSigner(verification, new ChainStatus(new SimpleMeterRegistry()), jdbc,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
		ChainVerification full = signer.verifyAndSign().verification();
		out("## Verification of the whole chain");
		out("");
		out(String.format(Locale.ROOT, "%d rows in %.1f s: **%.0f rows/s**; intact: %s; head %d %s", full.rowsChecked(),
				full.took().toNanos() / 1e9, full.rowsPerSecond(), full.intact(), full.lastId(), full.headHash()));
		out("");
		out(String.format(Locale.ROOT, "Raw SQL floor: every column of every row read as text over one JDBC connection, "
				+ "in the same id chunks: %.0f rows/s", floor));
		out("");
		long added = writeConcurrently(16, INCREMENT);
		ChainVerification since = signer.verifyAndSign().verification();
		out("## The hourly run: verification since the newest signed checkpoint, then signing");
		out("");
		out(String.format(Locale.ROOT, "%d rows written since checkpoint %d; %d rows read in %.3f s; intact: %s", added,
				since.sinceCheckpoint(), since.rowsChecked(), since.took().toNanos() / 1e9, since.intact()));
		out("");
	}

	private AuditEntry entry(Random random) {
		String type = RESOURCE_TYPES[random.nextInt(RESOURCE_TYPES.length)];
		return AuditEntry.of(ACTIONS[random.nextInt(ACTIONS.length)])
			.project("00000000-0000-4000-8000-0000000000" + String.format("%02d", random.nextInt(20)))
			.resource(type, resourceId(random))
			.request(payload(random, 400))
			.before(payload(random, 150))
			.by(Actor.user("user-" + random.nextInt(50), List.of("ONBOARDER")));
	}

	private AuditContent content(Random random, Instant at) {
		AuditEntry entry = entry(random);
		AuditValues values = new AuditValues(AuditConfiguration.MAPPER);
		Phase phase = PHASES[random.nextInt(PHASES.length)];
		return new AuditContent(at, entry.actor().name(), entry.actor().rolesText(), "10.1." + random.nextInt(255) + "." + random.nextInt(255),
				"Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36", entry.action(), entry.projectId(),
				entry.resourceType(), entry.resourceId(), phase, UUID.randomUUID(), values.json(entry.request()),
				values.json(entry.before()), values.json(payload(random, 150)), (phase == Phase.FAILED) ? 400 : 200,
				(phase == Phase.FAILED) ? "INVALID_ARGUMENT" : null, (phase == Phase.FAILED) ? "Target is not reachable" : null);
	}

	/** One resource in a thousand is "shared", so a resource timeline has a few hundred entries to page through. */
	private static String resourceId(Random random) {
		return (random.nextInt(20) == 0) ? "shared-" + random.nextInt(50) : UUID.randomUUID().toString();
	}

	/** A JSON object of roughly {@code size} characters, like an upstream resource. */
	private static Map<String, Object> payload(Random random, int size) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("displayName", "Sender " + random.nextInt(100_000));
		payload.put("state", random.nextBoolean() ? "ACTIVE" : "PENDING_VERIFICATION");
		payload.put("triggers", List.of("WHATSAPP_SENDER_CREATED", "WHATSAPP_SENDER_UPDATED"));
		payload.put("keySecret", "never-stored");
		StringBuilder text = new StringBuilder();
		while (text.length() < size - 120) {
			text.append(Long.toString(random.nextLong(), 36)).append(' ');
		}
		payload.put("description", text.toString());
		payload.put("amount", random.nextInt(10_000) / 100.0);
		return payload;
	}

	private static void bind(PreparedStatement insert, AuditContent c, byte[] prev, byte[] hash) throws Exception {
		insert.setObject(1, OffsetDateTime.ofInstant(c.occurredAt(), ZoneOffset.UTC));
		insert.setString(2, c.actor());
		insert.setString(3, c.actorRoles());
		insert.setString(4, c.clientIp());
		insert.setString(5, c.userAgent());
		insert.setString(6, c.action());
		insert.setString(7, c.projectId());
		insert.setString(8, c.resourceType());
		insert.setString(9, c.resourceId());
		insert.setString(10, c.phase().name());
		insert.setObject(11, c.correlationId());
		insert.setString(12, CanonicalForm.json(c.request()));
		insert.setString(13, CanonicalForm.json(c.before()));
		insert.setString(14, CanonicalForm.json(c.after()));
		insert.setObject(15, c.upstreamStatus());
		insert.setString(16, c.upstreamErrorCode());
		insert.setString(17, c.detail());
		insert.setBytes(18, prev);
		insert.setBytes(19, hash);
	}

	private static PrintStream report = System.out;

	private static void out(String line) {
		report.println(line);
	}

	private static final class CountingWriter extends Writer {

		long chars;

		@Override
		public void write(char[] buffer, int offset, int length) {
			chars += length;
		}

		@Override
		public void write(String text) {
			chars += text.length();
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	}

}
