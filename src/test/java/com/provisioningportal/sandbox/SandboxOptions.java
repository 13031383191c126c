package com.provisioningportal.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How a sandbox runs. Tests start from {@link #forTests(Clock)} (random port, manual ticks, state in memory);
 * dev mode from {@link #devMode(Path)} (port 8089, real time, state saved as JSON, the design's seeded projects).
 *
 * @param port the port on 127.0.0.1; 0 picks a free one
 * @param clock the time every expiry and delay is measured with
 * @param tokenLifetime the {@code expires_in} of issued access tokens
 * @param provisioningDelay how long senders, the account, bundles and SMS apps stay in progress
 * @param templateReviewDelay how long Meta takes to approve or reject a submitted template
 * @param callbackFirstRetry the wait before the first retry of a failed callback; doubled per attempt
 * @param callbackMaxRetry the cap of that wait
 * @param callbackMaxAttempts attempts per callback before it is given up
 * @param autoTick how often a background thread moves due work along; null means only explicit ticks
 * @param stateDirectory where the state is saved after every change; null keeps it in memory
 * @param seedDevProjects whether an empty sandbox gets the three dev-mode projects
 * @param localTargets whether webhook targets may be {@code localhost}, which Sinch refuses (a name without a
 * top-level domain); on in dev mode and for portal tests, whose callbacks go to this machine
 */
public record SandboxOptions(int port, Clock clock, Duration tokenLifetime, Duration provisioningDelay,
		Duration templateReviewDelay, Duration callbackFirstRetry, Duration callbackMaxRetry, int callbackMaxAttempts,
		Duration autoTick, Path stateDirectory, boolean seedDevProjects, boolean localTargets) {

	public static final int DEV_MODE_PORT = 8089;

	public static SandboxOptions forTests(Clock clock) {
		return new SandboxOptions(0, clock, Duration.ofHours(1), Duration.ofSeconds(30), Duration.ofMinutes(1),
				Duration.ofSeconds(10), Duration.ofMinutes(5), 5, null, null, false, false);
	}

	public static SandboxOptions devMode(Path stateDirectory) {
		return new SandboxOptions(DEV_MODE_PORT, Clock.systemUTC(), Duration.ofHours(1), Duration.ofSeconds(10),
				Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofMinutes(5), 8, Duration.ofSeconds(1),
				stateDirectory, true, true);
	}

	public SandboxOptions withLocalTargets(boolean allowed) {
		return new SandboxOptions(port, clock, tokenLifetime, provisioningDelay, templateReviewDelay,
				callbackFirstRetry, callbackMaxRetry, callbackMaxAttempts, autoTick, stateDirectory, seedDevProjects, allowed);
	}

	public SandboxOptions withPort(int newPort) {
		return new SandboxOptions(newPort, clock, tokenLifetime, provisioningDelay, templateReviewDelay,
				callbackFirstRetry, callbackMaxRetry, callbackMaxAttempts, autoTick, stateDirectory, seedDevProjects, localTargets);
	}

	public SandboxOptions withTokenLifetime(Duration lifetime) {
		return new SandboxOptions(port, clock, lifetime, provisioningDelay, templateReviewDelay, callbackFirstRetry,
				callbackMaxRetry, callbackMaxAttempts, autoTick, stateDirectory, seedDevProjects, localTargets);
	}

	public SandboxOptions withDelays(Duration provisioning, Duration templateReview) {
		return new SandboxOptions(port, clock, tokenLifetime, provisioning, templateReview, callbackFirstRetry,
				callbackMaxRetry, callbackMaxAttempts, autoTick, stateDirectory, seedDevProjects, localTargets);
	}

	public SandboxOptions withCallbackRetries(Duration firstRetry, Duration maxRetry, int maxAttempts) {
		return new SandboxOptions(port, clock, tokenLifetime, provisioningDelay, templateReviewDelay, firstRetry,
				maxRetry, maxAttempts, autoTick, stateDirectory, seedDevProjects, localTargets);
	}

	public SandboxOptions withStateDirectory(Path directory) {
		return new SandboxOptions(port, clock, tokenLifetime, provisioningDelay, templateReviewDelay,
				callbackFirstRetry, callbackMaxRetry, callbackMaxAttempts, autoTick, directory, seedDevProjects, localTargets);
	}

	public SandboxOptions withDevProjects(boolean seed) {
		return new SandboxOptions(port, clock, tokenLifetime, provisioningDelay, templateReviewDelay,
				callbackFirstRetry, callbackMaxRetry, callbackMaxAttempts, autoTick, stateDirectory, seed, localTargets);
	}

}
