package com.provisioningportal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * {@link PortalServerTest} with single sign-on through the run's {@link TestIdentityProvider} and local sign-in
 * off. One Spring context, shared by every test using it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PortalServerTest
@Import(TestIdentityProvider.Settings.class)
public @interface SsoServerTest {

}
