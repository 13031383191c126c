package com.provisioningportal.portal.callbacks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SecondInstance;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database, as behind a load balancer: when Sinch's retry of a callback reaches both at
 * the same moment, it is processed once.
 */
@PortalTest
class TwoInstancesCallbackTests {

	private static final String SECRET = "two-instances-secret";

	static ConfigurableApplicationContext secondInstance;

	@Autowired
	ApplicationContext firstInstance;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSecondInstance() {
		secondInstance = SecondInstance.start();
	}

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void theSameEventArrivingAtBothInstancesAtOnceIsProcessedOnce() throws Exception {
		String projectId = ProjectFixtures.registerWithCallback(firstInstance, "Two " + UUID.randomUUID(), SECRET).id();
		byte[] body = ("{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"s-1\",\"state\":\"ACTIVE\"}}")
			.getBytes(StandardCharsets.UTF_8);
		List<CallbackReceiver> receivers = List.of(firstInstance.getBean(CallbackReceiver.class),
				secondInstance.getBean(CallbackReceiver.class));
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<CallbackReceiver.Verdict>> deliveries = new ArrayList<>();
		for (int attempt = 0; attempt < 8; attempt++) {
			CallbackReceiver receiver = receivers.get(attempt % 2);
			String nonce = UUID.randomUUID().toString();
			String timestamp = String.valueOf(TestInfrastructure.CLOCK.instant().getEpochSecond());
			String signature = Base64.getEncoder().encodeToString(CallbackSignature.compute(SECRET, body, nonce, timestamp));
			deliveries.add(() -> {
				start.await();
				return receiver.receive(projectId,
						new CallbackReceiver.SignatureHeaders(signature, "HmacSHA256", nonce, timestamp), body);
			});
		}

		ExecutorService pool = Executors.newFixedThreadPool(deliveries.size());
		List<Future<CallbackReceiver.Verdict>> outcomes = deliveries.stream().map(pool::submit).toList();
		start.countDown();
		List<CallbackReceiver.Verdict> results = new ArrayList<>();
		for (Future<CallbackReceiver.Verdict> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		assertThat(results).containsOnlyOnce(CallbackReceiver.Verdict.ACCEPTED)
			.filteredOn(outcome -> outcome != CallbackReceiver.Verdict.ACCEPTED)
			.allMatch(outcome -> outcome == CallbackReceiver.Verdict.DUPLICATE);
		assertThat(jdbc.sql("select count(*) from callback_receipt where project_id = ?::uuid").param(projectId)
			.query(Integer.class).single()).isEqualTo(1);
	}

}
