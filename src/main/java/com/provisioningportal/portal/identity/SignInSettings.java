package com.provisioningportal.portal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures failed sign-ins for one account (or one name that is no account) within {@code failureWindow}
 * that lock it
 * @param failureWindow how far back failures count, for accounts and addresses alike
 * @param lockDuration how long a locked account stays locked
 * @param addressMaxFailures failed sign-ins from one client address within {@code failureWindow}, whatever the
 * names, that lock the address
 * @param addressLockDuration how long a locked address stays locked
 * @param globalFailuresPerMinute failed sign-ins per minute on one instance beyond which it answers "try again in
 * a moment" instead of checking passwords; it never locks anyone
 * @param sessionLifetime how long a signed-in session may last however active it is (the idle timeout is
 * {@code spring.session.timeout})
 */
@ConfigurationProperties("portal.sign-in")
record SignInSettings(int maxFailures, Duration failureWindow, Duration lockDuration, int addressMaxFailures,
		Duration addressLockDuration, int globalFailuresPerMinute, Duration sessionLifetime) {

}
