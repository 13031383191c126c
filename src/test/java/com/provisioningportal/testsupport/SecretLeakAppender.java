package com.provisioningportal.testsupport;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * Sees every log event of the test run (it is in {@code logback-test.xml}) and reports those whose message,
 * arguments or exception hold a planted secret. Nothing is kept otherwise, and dev mode, which shares the test
 * classpath but plants nothing, pays one emptiness check per line.
 */
public class SecretLeakAppender extends AppenderBase<ILoggingEvent> {

	@Override
	protected void append(ILoggingEvent event) {
		if (PlantedSecrets.none()) {
			return;
		}
		StringBuilder line = new StringBuilder(event.getFormattedMessage());
		IThrowableProxy thrown = event.getThrowableProxy();
		if (thrown != null) {
			line.append('\n').append(ThrowableProxyUtil.asString(thrown));
		}
		event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
		PlantedSecrets.inspect(event.getLoggerName(), line.toString());
	}

}
