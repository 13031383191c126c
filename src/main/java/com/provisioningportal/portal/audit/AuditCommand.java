package com.provisioningportal.portal.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.PortalCommand;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code java -jar portal.jar audit verify --digests DIR --public-key FILE}: an auditor's offline check of the
 * audit log against the signed checkpoints, with the public key alone. It reads the database named by
 * {@code SPRING_DATASOURCE_URL}, {@code SPRING_DATASOURCE_USERNAME} and {@code SPRING_DATASOURCE_PASSWORD} and
 * changes nothing; it starts no web server and runs no migration. Exit status 0: intact; 1: broken; 2: it could
 * not check.
 */
public final class AuditCommand implements PortalCommand {

	static final int INTACT = 0;

	static final int BROKEN = 1;

	static final int COULD_NOT_CHECK = 2;

	private static final String USAGE = "usage: java -jar portal.jar audit verify --digests DIR --public-key FILE\n"
			+ "  with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD set";

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		if (args.length < 2 || !"verify".equals(args[1]) || (args.length - 2) % 2 != 0) {
			err.println(USAGE);
			return COULD_NOT_CHECK;
		}
		for (int i = 2; i < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		String digests = options.get("--digests");
		String keyFile = options.get("--public-key");
		String url = environment.get("SPRING_DATASOURCE_URL");
		if (digests == null || keyFile == null || options.size() != 2 || url == null || url.isBlank()) {
			err.println(USAGE);
			return COULD_NOT_CHECK;
		}
		try (HikariDataSource database = new HikariDataSource()) {
			AuditCheckpoints checkpoints = new AuditCheckpoints(Path.of(digests),
					AuditSigningKey.parsePublicKey(Files.readString(Path.of(keyFile))));
			if (!Files.isDirectory(checkpoints.directory())) {
				err.println("No digest directory at " + checkpoints.directory());
				return COULD_NOT_CHECK;
			}
			database.setPoolName("audit-verify");
			database.setJdbcUrl(url);
			database.setUsername(environment.get("SPRING_DATASOURCE_USERNAME"));
			database.setPassword(environment.get("SPRING_DATASOURCE_PASSWORD"));
			database.setReadOnly(true);
			JdbcClient jdbc = JdbcClient.create(database);
			ChainVerifier verifier = new ChainVerifier(jdbc, new AuditStore(jdbc, AuditConfiguration.MAPPER,
					Duration.ofSeconds(5)), Clock.systemUTC());
			ChainVerification result = new AuditVerification(verifier, checkpoints).verifyAll();
			report(result, checkpoints, out);
			return result.intact() ? INTACT : BROKEN;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("Could not read the public key from " + keyFile + ": " + ex.getMessage());
			return COULD_NOT_CHECK;
		}
		catch (DataAccessException | IllegalStateException ex) {
			err.println("Could not read the audit log: " + ex.getMessage());
			return COULD_NOT_CHECK;
		}
	}

	private static void report(ChainVerification result, AuditCheckpoints checkpoints, PrintStream out) {
		List<ChainVerification.Interval> intervals = result.intervals();
		out.println(result.summary());
		out.println("Key " + checkpoints.keyId() + ", " + intervals.size() + " checkpoints in " + checkpoints.directory()
				+ ", " + result.rowsChecked() + " entries read in " + result.took().toMillis() + " ms");
		for (ChainVerification.Interval interval : intervals) {
			out.println("  checkpoint " + interval.sequence() + interval.entries() + ": " + interval.result()
					+ ((interval.reason() != null) ? " - " + interval.reason() : ""));
		}
	}

}
