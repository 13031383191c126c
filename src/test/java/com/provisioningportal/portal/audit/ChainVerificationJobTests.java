package com.provisioningportal.portal.audit;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import com.provisioningportal.testsupport.PortalTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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
	DataSource dataSource;

	@Test
	void theDailyJobSkipsWhileAnotherInstanceRunsItAndOtherwisePublishesTheResult() throws Exception {
		ChainVerification before = status.latest().orElse(null);
		try (Connection otherInstance = dataSource.getConnection(); Statement statement = otherInstance.createStatement()) {
			statement.execute("select pg_advisory_lock(" + ChainVerificationJob.JOB_LOCK + ")");
			job.verifyDaily();
			assertThat(status.latest().orElse(null)).isSameAs(before);
			statement.execute("select pg_advisory_unlock(" + ChainVerificationJob.JOB_LOCK + ")");
		}

		job.verifyDaily();

		ChainVerification latest = status.latest().orElseThrow();
		assertThat(latest).isNotSameAs(before);
		assertThat(latest.intact()).isTrue();
		assertThat(meters.get("portal.audit.chain.intact").gauge().value()).isEqualTo(1.0);
		assertThat(meters.get("portal.audit.chain.verified.rows").gauge().value()).isEqualTo(latest.rowsChecked());
		assertThat(status.health().getStatus().getCode()).isEqualTo("UP");
	}

}
