package com.provisioningportal.portal.audit;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test but the way to start the audit benchmark (a JUnit entry point rather than a {@code main}, so dev mode's
 * {@code spring-boot:test-run} keeps a single main class to find):
 * {@code ./mvnw test -Dtest=AuditBenchmarkRun -Dbenchmarks=true}. Writes {@code target/audit-benchmark.md}.
 */
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class AuditBenchmarkRun {

	@Test
	void runTheAuditBenchmark() throws Exception {
		Path report = Path.of("target", "audit-benchmark.md");
		try (PrintStream out = new PrintStream(Files.newOutputStream(report), true, StandardCharsets.UTF_8)) {
			AuditBenchmark.run(out);
		}
		assertThat(report).isNotEmptyFile();
	}

}
