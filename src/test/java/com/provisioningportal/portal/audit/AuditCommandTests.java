package com.provisioningportal.portal.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

import com.provisioningportal.portal.PortalCommand;
import com.provisioningportal.testsupport.DatabaseOwner;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor's offline check: a copy of the audit table in a database of its own, the digest directory and the
 * public key, and {@code java -jar portal.jar audit verify}. The copy is then rewritten as a superuser would.
 */
@PortalTest
class AuditCommandTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	DatabaseOwner owner;

	@TempDir
	Path digests;

	@TempDir
	Path auditor;

	String copyName;

	@BeforeEach
	void signTwoCheckpoints() {
		AsOwner asOwner = new AsOwner(owner);
		CheckpointSigner signer = asOwner.signer(asOwner.verification(digests));
		record();
		assertThat(signer.verifyAndSign().checkpoint()).isNotNull();
		record();
		assertThat(signer.verifyAndSign().checkpoint()).isNotNull();
	}

	@AfterEach
	void dropCopy() {
		if (copyName != null) {
			owner.drop(copyName);
		}
	}

	@Test
	void anAuditorVerifiesACopyOfTheLogOfflineAndSeesWhichIntervalASuperuserRewrote() throws Exception {
		Path publicKey = auditor.resolve("audit-signing-key.pem");
		Files.writeString(publicKey, AuditSigningKey.pem(AuditSigningKey.parse(AuditSigningKeyTests.DEV_KEY).publicKey()));
		String copyUrl = copyOfTheAuditTable();
		String[] args = { "audit", "verify", "--digests", digests.toString(), "--public-key", publicKey.toString() };
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", copyUrl, "SPRING_DATASOURCE_USERNAME",
				owner.username(), "SPRING_DATASOURCE_PASSWORD", owner.password());

		Run intact = run(args, environment);
		assertThat(intact.status()).as(intact.out() + intact.err()).isEqualTo(AuditCommand.INTACT);
		assertThat(intact.out()).startsWith("The audit chain is intact").contains("checkpoint 2 (entries ", ": MATCHES");

		long firstOfSecondInterval = new AuditCheckpoints(digests, AuditSigningKey.parsePublicKey(Files.readString(publicKey)))
			.read()
			.get(0)
			.checkpoint()
			.headId() + 1;
		try (SingleConnectionDataSource copy = new SingleConnectionDataSource(copyUrl, owner.username(),
				owner.password(), true)) {
			JdbcClient copyJdbc = JdbcClient.create(copy);
			new ChainRewriter(copyJdbc, new AuditStore(copyJdbc, AuditConfiguration.MAPPER, Duration.ofSeconds(5)))
				.rewriteActor(firstOfSecondInterval, "mallory");
		}

		Run rewritten = run(args, environment);
		assertThat(rewritten.status()).as(rewritten.out() + rewritten.err()).isEqualTo(AuditCommand.BROKEN);
		assertThat(rewritten.out()).startsWith("The audit log no longer matches checkpoint 2 (entries "
				+ firstOfSecondInterval + " to ")
			.contains("checkpoint 1 (entries 1 to ", ": MATCHES", "checkpoint 2", ": BROKEN");
	}

	@Test
	void aCommandLineItCannotUseIsRefusedWithTheUsage() {
		Run run = run(new String[] { "audit", "verify", "--digests", digests.toString() }, Map.of());

		assertThat(run.status()).isEqualTo(AuditCommand.COULD_NOT_CHECK);
		assertThat(run.err()).startsWith("usage: java -jar portal.jar audit verify --digests DIR --public-key FILE");
	}

	@Test
	void theJarRunsItForTheFirstArgumentAudit() {
		assertThat(SpringFactoriesLoader.loadFactories(PortalCommand.class, getClass().getClassLoader()))
			.filteredOn(command -> command.name().equals("audit"))
			.singleElement()
			.isInstanceOf(AuditCommand.class);
	}

	private record Run(int status, String out, String err) {

	}

	private static Run run(String[] args, Map<String, String> environment) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = new AuditCommand().run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** A new database on the same server holding the audit table as its migration made it, and every row. */
	private String copyOfTheAuditTable() throws Exception {
		copyName = owner.createDatabase("audit_copy");
		String url = owner.jdbcUrlOf(copyName);
		String table = new ClassPathResource("db/migration/V2__audit_event.sql").getContentAsString(StandardCharsets.UTF_8)
				+ new ClassPathResource("db/migration/V72__audit_unknown_phase.sql").getContentAsString(StandardCharsets.UTF_8);
		StringWriter rows = new StringWriter();
		try (Connection source = owner.dataSource().getConnection()) {
			source.unwrap(PGConnection.class).getCopyAPI().copyOut("copy audit_event to stdout", rows);
		}
		try (SingleConnectionDataSource copy = new SingleConnectionDataSource(url, owner.username(),
				owner.password(), true); Connection target = copy.getConnection()) {
			target.createStatement().execute(table);
			target.unwrap(PGConnection.class).getCopyAPI().copyIn("copy audit_event from stdin", new StringReader(rows.toString()));
		}
		return url;
	}

	private void record() {
		auditLog.record(AuditEntry.of("TEST_OFFLINE_CHECK"), Phase.SUCCEEDED, Outcome.ok());
	}

}
