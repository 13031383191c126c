package com.provisioningportal.portal.callbacks;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.provisioningportal.portal.PortalApplication;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database, both with the reconciliation job: while one runs a round, the other's
 * attempt finds the ShedLock row taken and asks Sinch nothing.
 */
class TwoInstancesReconciliationTests {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PortalApplication.class, TestInfrastructure.class, TestKinds.class)
			.profiles("test")
			.properties("spring.main.banner-mode=off")
			// As an argument, so it outranks application.yml's port (default properties would not).
			.run("--server.port=0");
	}

	@AfterAll
	static void stopInstances() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void whileOneInstanceRunsARoundTheOtherDoesNotRunOne() throws Exception {
		String projectId = ProjectFixtures.registerWithCallback(first, "Two rounds " + UUID.randomUUID(), "two-rounds").id();
		WatchedResource resource = new WatchedResource(projectId, BlockingSource.KIND, UUID.randomUUID().toString());
		first.getBean(StatusWatch.class).watch(resource, "WAITING");
		BlockingSource firstSource = first.getBean(BlockingSource.class);
		BlockingSource secondSource = second.getBean(BlockingSource.class);
		firstSource.blockUntilReleased(resource.resourceId());

		ExecutorService pool = Executors.newSingleThreadExecutor();
		Future<?> firstRound = pool.submit(() -> first.getBean(Reconciliation.class).run());
		assertThat(firstSource.entered.await(60, TimeUnit.SECONDS)).as("the first instance is inside its round").isTrue();

		second.getBean(Reconciliation.class).run();

		firstSource.release.countDown();
		firstRound.get(60, TimeUnit.SECONDS);
		pool.shutdown();
		assertThat(secondSource.askedAbout).as("what the second instance asked Sinch about").isEmpty();
		assertThat(firstSource.askedAbout).containsOnlyOnce(resource.resourceId());
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SINCH_STATUS_RECONCILED' and resource_id = ?")
			.param(resource.resourceId()).query(Integer.class).single()).isEqualTo(1);
		assertThat(first.getBean(StatusWatch.class).lastKnown(resource).map(WatchedStatus::state)).contains("DONE");
	}

	@Test
	void aResourceWhoseSourceFailsDoesNotHoldUpTheOthers() {
		String projectId = ProjectFixtures.registerWithCallback(first, "Broken " + UUID.randomUUID(), "broken").id();
		WatchedResource broken = new WatchedResource(projectId, BrokenSource.KIND, UUID.randomUUID().toString());
		WatchedResource fine = new WatchedResource(projectId, BlockingSource.KIND, UUID.randomUUID().toString());
		StatusWatch watch = first.getBean(StatusWatch.class);
		watch.watch(broken, "WAITING");
		watch.watch(fine, "WAITING");

		first.getBean(Reconciliation.class).reconcile();

		assertThat(watch.lastKnown(fine).map(WatchedStatus::state)).contains("DONE");
		assertThat(watch.lastKnown(broken).map(WatchedStatus::state)).contains("WAITING");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestKinds {

		@Bean
		BlockingSource blockingSource() {
			return new BlockingSource();
		}

		@Bean
		BrokenSource brokenSource() {
			return new BrokenSource();
		}

	}

	/** A kind of resource only these tests watch: DONE at once, or after the test releases it. */
	static class BlockingSource implements StatusSource {

		static final String KIND = "test-blocking";

		final List<String> askedAbout = new CopyOnWriteArrayList<>();

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		private volatile String blocking;

		void blockUntilReleased(String resourceId) {
			blocking = resourceId;
		}

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public Optional<WatchedStatus> currentStatus(String projectId, String resourceId) {
			askedAbout.add(resourceId);
			if (resourceId.equals(blocking)) {
				entered.countDown();
				try {
					if (!release.await(60, TimeUnit.SECONDS)) {
						throw new IllegalStateException("The test never released the round");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
			return Optional.of(WatchedStatus.of("DONE"));
		}

		@Override
		public boolean settled(String state) {
			return "DONE".equals(state);
		}

	}

	/** A kind whose source always fails, as a feature's bug would. */
	static class BrokenSource implements StatusSource {

		static final String KIND = "test-broken";

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public Optional<WatchedStatus> currentStatus(String projectId, String resourceId) {
			throw new IllegalStateException("broken on purpose");
		}

		@Override
		public boolean settled(String state) {
			return false;
		}

	}

}
