package com.provisioningportal.portal.audit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The latest verification of the chain, whoever ran it (the daily job or an auditor), as metrics and as the
 * {@code auditChain} health entry. That entry belongs to the {@code audit} health group only, never to liveness
 * or readiness: a broken chain is for people to investigate, not a reason to restart the portal.
 */
class ChainStatus implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(ChainStatus.class);

	private final AtomicReference<ChainVerification> latest = new AtomicReference<>();

	ChainStatus(MeterRegistry meters) {
		Gauge.builder("portal.audit.chain.intact", this, status -> status.latest().map(v -> v.intact() ? 1.0 : 0.0).orElse(Double.NaN))
			.description("1 when the last verification found the audit chain intact, 0 when broken")
			.register(meters);
		Gauge.builder("portal.audit.chain.verified.rows", this, status -> status.latest().map(v -> (double) v.rowsChecked()).orElse(Double.NaN))
			.description("Rows checked by the last verification of the audit chain")
			.register(meters);
		Gauge.builder("portal.audit.chain.verified.timestamp", this,
				status -> status.latest().map(v -> v.finishedAt().getEpochSecond() * 1.0).orElse(Double.NaN))
			.description("When the audit chain was last verified (epoch seconds)")
			.baseUnit("seconds")
			.register(meters);
	}

	Optional<ChainVerification> latest() {
		return Optional.ofNullable(latest.get());
	}

	void update(ChainVerification verification) {
		latest.set(verification);
		if (verification.intact()) {
			log.info("{} Head id {} hash {}", verification.summary(), verification.lastId(), verification.headHash());
		}
		else {
			log.error(verification.summary());
		}
	}

	@Override
	public Health health() {
		ChainVerification verification = latest.get();
		if (verification == null) {
			return Health.unknown().withDetail("verified", "not yet since start-up").build();
		}
		// A rewrite caught by a checkpoint leaves the chain itself intact: no broken row, only a broken interval.
		Health.Builder health = verification.intact() ? Health.up() : Health.down().withDetail("summary", verification.summary());
		if (verification.brokenAt() != null) {
			health.withDetail("brokenAt", verification.brokenAt());
		}
		verification.firstBrokenInterval().ifPresent(interval -> health.withDetail("brokenCheckpoint", interval.sequence()));
		return health.withDetail("rowsChecked", verification.rowsChecked())
			.withDetail("verifiedAt", verification.finishedAt().toString())
			.withDetail("headId", String.valueOf(verification.lastId()))
			.withDetail("headHash", String.valueOf(verification.headHash()))
			.build();
	}

}
