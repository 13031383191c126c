package com.provisioningportal.portal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures failed sign-ins for one name within {@code failureWindow} that lock the name
 * @param failureWindow how far back failures count
 * @param lockDuration how long a locked name stays locked
 */
@ConfigurationProperties("portal.sign-in")
record SignInSettings(int maxFailures, Duration failureWindow, Duration lockDuration) {

}
