package com.provisioningportal.portal.audit;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SecondInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas, each on its own schedule: when both reach the hourly verification in the same round, one
 * verifies and signs a checkpoint and the other leaves it, because the job's lock outlasts the run.
 */
@PortalTest
class TwoReplicasCheckpointTests {

	static ConfigurableApplicationContext secondReplica;

	@Autowired
	ChainVerificationJob job;

	@Autowired
	AuditVerification verification;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSecondReplica() {
		secondReplica = SecondInstance.start();
	}

	@AfterAll
	static void stopSecondReplica() {
		if (secondReplica != null) {
			secondReplica.close();
		}
	}

	@Test
	void inOneRoundOneReplicaSignsAndTheOtherLeavesIt() {
		auditLog.record(AuditEntry.of("TEST_TWO_REPLICAS"), Phase.SUCCEEDED, Outcome.ok());
		jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = ?")
			.param(ChainVerificationJob.JOB_NAME)
			.update();
		AuditVerification second = secondReplica.getBean(AuditVerification.class);
		int firstSigned = verification.checkpoints().read().size();
		int secondSigned = second.checkpoints().read().size();

		job.verifyAndSign();
		secondReplica.getBean(ChainVerificationJob.class).verifyAndSign();

		assertThat(verification.checkpoints().read()).hasSize(firstSigned + 1);
		assertThat(second.checkpoints().read()).as("the second replica's round was taken").hasSize(secondSigned);
	}

}
