package com.provisioningportal.portal.gateway.transport;

import java.time.Duration;

/** Waits between retries; tests replace it to record the schedule instead of waiting. */
@FunctionalInterface
public interface Sleeper {

	Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

	void sleep(Duration duration) throws InterruptedException;

}
