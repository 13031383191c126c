package com.provisioningportal.portal.gateway.transport;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway reaches Sinch ({@code sinch.*}; {@code SINCH_PROVISIONING_URL} and {@code SINCH_AUTH_URL} set the
 * two URLs).
 *
 * @param provisioningUrl base URL of the Provisioning API
 * @param authUrl OAuth2 token endpoint
 * @param connectTimeout how long a TCP connect may take
 * @param responseTimeout how long one request may wait for its response
 * @param callDeadline overall budget of one gateway call (one page), retries and waits included
 * @param retry retry schedule
 * @param circuit circuit breaker per project
 * @param healthCacheTime how long the {@code sinch} health answer is reused
 */
@ConfigurationProperties("sinch")
public record GatewaySettings(@DefaultValue("https://provisioning.api.sinch.com") URI provisioningUrl,
		@DefaultValue("https://auth.sinch.com/oauth2/token") URI authUrl, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("15s") Duration responseTimeout, @DefaultValue("30s") Duration callDeadline,
		@DefaultValue Retry retry, @DefaultValue Circuit circuit, @DefaultValue("30s") Duration healthCacheTime) {

	/**
	 * @param maxRetries retries after the first attempt
	 * @param initialDelay backoff before the first retry (before jitter)
	 * @param multiplier growth of the backoff per retry
	 * @param maxDelay cap of any wait, {@code Retry-After} included
	 */
	public record Retry(@DefaultValue("3") int maxRetries, @DefaultValue("250ms") Duration initialDelay,
			@DefaultValue("2") double multiplier, @DefaultValue("10s") Duration maxDelay) {

	}

	/**
	 * @param failureRatePercent failure rate that opens the circuit
	 * @param slidingWindowCalls how many recent calls the rate is computed over
	 * @param minimumCalls calls needed before the rate counts
	 * @param openFor how long calls fail fast before trial calls go through
	 * @param halfOpenCalls trial calls that decide whether to close again
	 */
	public record Circuit(@DefaultValue("50") float failureRatePercent, @DefaultValue("10") int slidingWindowCalls,
			@DefaultValue("5") int minimumCalls, @DefaultValue("30s") Duration openFor,
			@DefaultValue("2") int halfOpenCalls) {

	}

}
