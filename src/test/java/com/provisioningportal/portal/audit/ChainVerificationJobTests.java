package com.provisioningportal.portal.audit;

import java.util.List;

import com.provisioningportal.testsupport.PortalTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class ChainVerificationJobTests {

	@Autowired
	ChainVerificationJob job;

	@Autowired
	ChainStatus status;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditVerification verification;

	@Autowired
	AuditLog auditLog;

	@Test
	void theScheduledJobSkipsWhileAnotherInstanceRunsItAndOtherwiseVerifiesPublishesAndSigns() {
		auditLog.record(AuditEntry.of("TEST_SCHEDULED_CHECKPOINT"), Phase.SUCCEEDED, Outcome.ok());
		ChainVerification before = status.latest().orElse(null);
		int signedBefore = verification.checkpoints().read().size();
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (:name, now() + interval '1 hour', now(), 'another-instance')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by
				""").param("name", ChainVerificationJob.JOB_NAME).update();
		job.verifyAndSign();
		assertThat(status.latest().orElse(null)).isSameAs(before);
		assertThat(verification.checkpoints().read()).hasSize(signedBefore);
		jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = ?")
			.param(ChainVerificationJob.JOB_NAME)
			.update();

		job.verifyAndSign();

		ChainVerification latest = status.latest().orElseThrow();
		assertThat(latest).isNotSameAs(before);
		assertThat(latest.intact()).isTrue();
		assertThat(meters.get("portal.audit.chain.intact").gauge().value()).isEqualTo(1.0);
		assertThat(meters.get("portal.audit.chain.verified.rows").gauge().value()).isEqualTo(latest.rowsChecked());
		assertThat(status.health().getStatus().getCode()).isEqualTo("UP");
		List<AuditCheckpoints.Found> signed = verification.checkpoints().read();
		assertThat(signed).hasSize(signedBefore + 1);
		assertThat(signed.get(signed.size() - 1).checkpoint().headId()).isEqualTo(latest.lastId());
	}

}
