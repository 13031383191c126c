package com.provisioningportal.portal.gateway;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.provisioningportal.portal.gateway.transport.GatewaySettings;
import com.provisioningportal.portal.gateway.transport.JsonCodec;
import com.provisioningportal.portal.gateway.transport.ProjectCredentials;
import com.provisioningportal.portal.gateway.transport.ProjectTokens;
import com.provisioningportal.portal.gateway.transport.RetrySchedule;
import com.provisioningportal.portal.gateway.transport.SinchHttp;
import com.provisioningportal.portal.gateway.transport.SinchRequests;
import com.provisioningportal.portal.gateway.transport.Sleeper;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.DefaultOAuth2TokenRequestHeadersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires the gateway. Nothing here is exposed as a Spring Security OAuth2 bean, so the portal's sign-in is untouched. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewaySettings.class)
class GatewayConfiguration {

	@Bean
	Connection sinchConnection(GatewaySettings settings, ObjectProvider<SinchCredentialsSource> sources, Clock clock,
			MeterRegistry meters) {
		return build(settings, sources.getIfAvailable(() -> projectId -> Optional.empty()), clock, meters,
				Sleeper.THREAD);
	}

	@Bean
	SinchAccess sinchAccess(Connection connection) {
		return connection.access();
	}

	@Bean
	SinchRequests sinchRequests(Connection connection) {
		return connection.requests();
	}

	@Bean
	SinchHealthIndicator sinchHealthIndicator(GatewaySettings settings, Clock clock) {
		return new SinchHealthIndicator(webClient(settings), settings, clock);
	}

	/** What the resource clients and the credential checks share, built once per portal. */
	record Connection(SinchAccess access, SinchRequests requests) {
	}

	/** The whole gateway from its settings; tests build it the same way with their own clock and sleeper. */
	static Connection build(GatewaySettings settings, SinchCredentialsSource source, Clock clock,
			MeterRegistry meters, Sleeper sleeper) {
		ProjectCredentials credentials = new ProjectCredentials(source);
		ProjectTokens tokens = new ProjectTokens(credentials, settings.authUrl().toString(), clock,
				tokenClient(settings), meters);
		JsonCodec json = new JsonCodec();
		RetrySchedule schedule = new RetrySchedule(settings.retry(), () -> ThreadLocalRandom.current().nextDouble());
		SinchHttp http = new SinchHttp(webClient(settings), settings, credentials, tokens, circuits(settings, clock, meters),
				schedule, sleeper, clock, json, meters);
		return new Connection(new SinchAccess(http, credentials, tokens), new SinchRequests(http, json));
	}

	static WebClient webClient(GatewaySettings settings) {
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
			.responseTimeout(settings.responseTimeout());
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(httpClient)).build();
	}

	/** Sinch documents {@code curl -u key:secret}: the key is sent as is, not form-encoded as the OAuth2 spec says. */
	static RestClientClientCredentialsTokenResponseClient tokenClient(GatewaySettings settings) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				java.net.http.HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build());
		requests.setReadTimeout(settings.responseTimeout());
		DefaultOAuth2TokenRequestHeadersConverter<OAuth2ClientCredentialsGrantRequest> headers = new DefaultOAuth2TokenRequestHeadersConverter<>();
		headers.setEncodeClientCredentials(false);
		RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();
		client.setHeadersConverter(headers);
		client.setRestClient(RestClient.builder()
			.requestFactory(requests)
			.messageConverters(List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return client;
	}

	/** One circuit breaker per project, on the injected clock; its state is a gauge per project. */
	static CircuitBreakerRegistry circuits(GatewaySettings settings, Clock clock, MeterRegistry meters) {
		GatewaySettings.Circuit circuit = settings.circuit();
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(circuit.slidingWindowCalls())
			.minimumNumberOfCalls(circuit.minimumCalls())
			.failureRateThreshold(circuit.failureRatePercent())
			.waitDurationInOpenState(circuit.openFor())
			.permittedNumberOfCallsInHalfOpenState(circuit.halfOpenCalls())
			.clock(clock)
			.build());
		registry.getEventPublisher()
			.onEntryAdded(added -> Gauge
				.builder("sinch.gateway.circuit.state", added.getAddedEntry(), GatewayConfiguration::stateValue)
				.description("Circuit breaker per project: 0 closed, 1 half-open, 2 open, 3 other")
				.tag("project", added.getAddedEntry().getName())
				.register(meters));
		return registry;
	}

	private static double stateValue(CircuitBreaker circuit) {
		return switch (circuit.getState()) {
			case CLOSED -> 0;
			case HALF_OPEN -> 1;
			case OPEN -> 2;
			default -> 3;
		};
	}

}
