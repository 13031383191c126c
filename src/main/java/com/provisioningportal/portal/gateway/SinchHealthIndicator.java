package com.provisioningportal.portal.gateway;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import com.provisioningportal.portal.gateway.transport.GatewaySettings;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The {@code sinch} health component: whether the Provisioning API answers at all (any HTTP status counts; no
 * credentials are sent) within the connect timeout, so a health request never hangs on Sinch. The answer is reused
 * for {@code sinch.health-cache-time}. Sinch being unreachable is reported
 * as {@code UNREACHABLE}, a status the portal's overall health ignores, so it never fails liveness, readiness or the
 * root health; the {@code upstream} health group shows it.
 */
class SinchHealthIndicator implements HealthIndicator {

	static final Status UNREACHABLE = new Status("UNREACHABLE", "The Sinch Provisioning API did not answer");

	private final WebClient webClient;

	private final GatewaySettings settings;

	private final Clock clock;

	private final AtomicReference<Checked> last = new AtomicReference<>();

	SinchHealthIndicator(WebClient webClient, GatewaySettings settings, Clock clock) {
		this.webClient = webClient;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = clock.instant();
		Checked checked = last.get();
		if (checked == null || !now.isBefore(checked.at().plus(settings.healthCacheTime()))) {
			checked = new Checked(now, check());
			last.set(checked);
		}
		return checked.health();
	}

	private Health check() {
		try {
			Integer status = webClient.get()
				.uri(settings.provisioningUrl())
				.exchangeToMono(answer -> Mono.just(answer.statusCode().value()))
				.timeout(settings.connectTimeout())
				.block();
			return Health.up().withDetail("url", settings.provisioningUrl().toString()).withDetail("httpStatus", status)
				.build();
		}
		catch (RuntimeException ex) {
			return Health.status(UNREACHABLE)
				.withDetail("url", settings.provisioningUrl().toString())
				.withDetail("error", ex.getClass().getSimpleName())
				.build();
		}
	}

	private record Checked(Instant at, Health health) {

	}

}
