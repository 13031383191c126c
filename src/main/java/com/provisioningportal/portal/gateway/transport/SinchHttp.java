package com.provisioningportal.portal.gateway.transport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.provisioningportal.portal.gateway.AuthMode;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchCredentials;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.SinchUnreachableException;
import com.provisioningportal.portal.gateway.UnknownSinchProjectException;
import com.provisioningportal.portal.gateway.transport.GatewaySettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;

/**
 * Sends one {@link SinchCall} for a project: authentication, the project's circuit breaker, retries per
 * {@link RetryPolicy} on the {@link RetrySchedule}, an overall deadline, error mapping, metrics and logs. Blocking:
 * callers are page requests that need the answer before they render.
 * <p>
 * The circuit breaker is Resilience4j's. The retries are a short loop of our own because Resilience4j's Retry waits
 * on wall time: it can take neither the injected clock nor the sleeper through which tests check the schedule that
 * honours {@code Retry-After}, and the decision must come from the one table in {@link RetryPolicy}.
 */
public final class SinchHttp {

	private static final Logger log = LoggerFactory.getLogger(SinchHttp.class);

	/** MDC key a user action's correlation id is read from; also sent to Sinch as {@code x-correlation-id}. */
	public static final String CORRELATION_ID = "correlationId";

	private static final Pattern SAFE_CORRELATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final WebClient webClient;

	private final GatewaySettings settings;

	private final ProjectCredentials credentials;

	private final ProjectTokens tokens;

	private final CircuitBreakerRegistry circuits;

	private final RetrySchedule schedule;

	private final Sleeper sleeper;

	private final Clock clock;

	private final JsonCodec json;

	private final MeterRegistry meters;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	public SinchHttp(WebClient webClient, GatewaySettings settings, ProjectCredentials credentials, ProjectTokens tokens,
			CircuitBreakerRegistry circuits, RetrySchedule schedule, Sleeper sleeper, Clock clock, JsonCodec json,
			MeterRegistry meters) {
		this.webClient = webClient;
		this.settings = settings;
		this.credentials = credentials;
		this.tokens = tokens;
		this.circuits = circuits;
		this.schedule = schedule;
		this.sleeper = sleeper;
		this.clock = clock;
		this.json = json;
		this.meters = meters;
	}

	/** Sends the call with the stored credentials of its project and returns Sinch's 2xx answer. */
	public RawResponse send(SinchCall call) {
		Timer.Sample sample = Timer.start(meters);
		String outcome = "SUCCESS";
		String status = "none";
		try {
			RawResponse response = sendWith(credentials.require(call.projectId()), call,
					project -> tokens.accessToken(project.projectId()));
			status = String.valueOf(response.status());
			return response;
		}
		catch (SinchApiException ex) {
			status = String.valueOf(ex.status());
			outcome = (ex.status() >= 500) ? "SERVER_ERROR" : "CLIENT_ERROR";
			throw ex;
		}
		catch (SinchUnreachableException ex) {
			outcome = ex.circuitOpen() ? "CIRCUIT_OPEN" : "UNREACHABLE";
			throw ex;
		}
		catch (UnknownSinchProjectException ex) {
			outcome = "UNKNOWN_PROJECT";
			throw ex;
		}
		finally {
			sample.stop(timer(call, outcome, status));
		}
	}

	/** Timers are cached per operation, outcome and status, so a call does not rebuild a meter id. */
	private Timer timer(SinchCall call, String outcome, String status) {
		return timers.computeIfAbsent(call.operation() + ' ' + outcome + ' ' + status,
				key -> Timer.builder("sinch.gateway.calls")
					.description("Calls to the Sinch Provisioning API, retries included")
					.tag("operation", call.operation())
					.tag("method", call.method().name())
					.tag("uri", call.uriTemplate())
					.tag("outcome", outcome)
					.tag("status", status)
					.register(meters));
	}

	/**
	 * Sends the call with the given credentials; in OAuth2 mode the bearer token comes from {@code tokens} (a fixed
	 * one when checking credentials that are not stored yet).
	 */
	public RawResponse sendWith(SinchCredentials project, SinchCall call, BearerTokens bearerTokens) {
		URI uri = uri(call);
		byte[] body = (call.body() != null) ? json.write(call.body()) : null;
		CircuitBreaker circuit = circuits.circuitBreaker(project.projectId());
		Instant deadline = clock.instant().plus(settings.callDeadline());
		String correlationId = correlationId();
		int retries = 0;
		boolean tokenRenewed = false;
		while (true) {
			if (!circuit.tryAcquirePermission()) {
				log.warn("Sinch {} for project {} not sent: circuit open (correlationId={})", call.operation(),
						project.projectId(), correlationId);
				throw new SinchUnreachableException(project.projectId(),
						"Sinch is not reachable for project " + project.projectId()
								+ " (calls paused after repeated failures); try again shortly",
						true, null);
			}
			Attempt attempt = attempt(project, bearerTokens, call, uri, body, deadline, correlationId, circuit,
					retries > 0);
			if (attempt.response() != null) {
				return attempt.response();
			}
			Failure failure = attempt.failure();
			switch (RetryPolicy.decide(call.method(), failure.kind())) {
				case DONE -> {
					log.info("Sinch {} for project {}: gone after a retry, counted as done (correlationId={})",
							call.operation(), project.projectId(), correlationId);
					return RawResponse.NO_CONTENT;
				}
				case RENEW_TOKEN -> {
					if (tokenRenewed || project.authMode() != AuthMode.OAUTH2) {
						throw failed(project, call, failure, correlationId);
					}
					tokenRenewed = true;
					tokens.dropIfCurrent(project.projectId(), attempt.bearerToken());
				}
				case RETRY -> {
					Instant now = clock.instant();
					Duration delay = schedule.delayBefore(retries, failure.retryAfter(), now);
					if (retries >= schedule.maxRetries() || now.plus(delay).isAfter(deadline)) {
						throw failed(project, call, failure, correlationId);
					}
					retries++;
					Counter.builder("sinch.gateway.retries")
						.description("Retries of calls to the Sinch Provisioning API")
						.tag("operation", call.operation())
						.tag("reason", failure.kind().name())
						.register(meters)
						.increment();
					log.info("Sinch {} for project {}: {} ({}); retry {} in {} ms (correlationId={})", call.operation(),
							project.projectId(), failure.kind(), describe(failure), retries, delay.toMillis(),
							correlationId);
					pause(project, delay);
				}
				case FAIL -> throw failed(project, call, failure, correlationId);
			}
		}
	}

	private Attempt attempt(SinchCredentials project, BearerTokens bearerTokens, SinchCall call, URI uri, byte[] body,
			Instant deadline, String correlationId, CircuitBreaker circuit, boolean afterRetry) {
		long started = System.nanoTime();
		boolean recorded = false;
		try {
			String bearerToken = (project.authMode() == AuthMode.OAUTH2) ? bearerToken(project, bearerTokens) : null;
			Duration remaining = Duration.between(clock.instant(), deadline);
			if (remaining.isNegative() || remaining.isZero()) {
				remaining = Duration.ofMillis(1);
			}
			WebClient.RequestBodySpec request = webClient.method(call.method()).uri(uri).headers(headers -> {
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				if (bearerToken != null) {
					headers.setBearerAuth(bearerToken);
				}
				else {
					headers.setBasicAuth(project.keyId(), project.keySecret(), StandardCharsets.UTF_8);
				}
				if (correlationId != null) {
					headers.set("x-correlation-id", correlationId);
				}
			});
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
			}
			RawResponse response;
			try {
				Mono<RawResponse> exchange = request.exchangeToMono(answer -> answer.bodyToMono(byte[].class)
					.defaultIfEmpty(new byte[0])
					.map(bytes -> new RawResponse(answer.statusCode().value(), answer.headers().asHttpHeaders(),
							bytes)));
				// the connect and response timeouts end an attempt first unless the call's deadline is nearer
				if (remaining.compareTo(settings.connectTimeout().plus(settings.responseTimeout())) < 0) {
					exchange = exchange.timeout(remaining);
				}
				response = exchange.block();
			}
			catch (RuntimeException ex) {
				Failure failure = Failure.of(ex);
				circuit.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, ex);
				recorded = true;
				return new Attempt(null, failure, bearerToken);
			}
			if (response.successful()) {
				circuit.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
				recorded = true;
				return new Attempt(response, null, bearerToken);
			}
			Failure failure = Failure.of(response, json.readError(response.body()), afterRetry);
			if (failure.sinchFailing()) {
				circuit.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS,
						new IllegalStateException("HTTP " + response.status()));
			}
			else {
				circuit.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
			}
			recorded = true;
			return new Attempt(null, failure, bearerToken);
		}
		finally {
			if (!recorded) {
				circuit.releasePermission();
			}
		}
	}

	private String bearerToken(SinchCredentials project, BearerTokens bearerTokens) {
		try {
			return bearerTokens.token(project);
		}
		catch (OAuth2AuthorizationException ex) {
			throw tokenRefused(project.projectId(), ex);
		}
	}

	/**
	 * Maps a failed token request to Sinch's answer (status and the OAuth2 {@code error}, or PAPI {@code errorCode}, of
	 * the body). Never includes the request: it carries the key.
	 */
	public SinchException tokenRefused(String projectId, OAuth2AuthorizationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ResourceAccessException) {
				return new SinchUnreachableException(projectId,
						"Sinch's token endpoint is not reachable for project " + projectId, false, null);
			}
			if (cause instanceof RestClientResponseException response) {
				int status = response.getStatusCode().value();
				String errorCode = json.readTokenError(response.getResponseBodyAsByteArray());
				return new SinchApiException(projectId, status, errorCode, "Sinch refused the access key",
						"Check the key id and key secret of the project", Map.of(),
						"Sinch refused the access key of project " + projectId + " (HTTP " + status
								+ ((errorCode != null) ? " " + errorCode : "") + ")");
			}
		}
		String errorCode = ex.getError().getErrorCode();
		return new SinchApiException(projectId, 400, errorCode, "Sinch refused the access key",
				"Check the key id and key secret of the project", Map.of(),
				"Sinch refused the access key of project " + projectId + " (" + errorCode + ")");
	}

	private void pause(SinchCredentials project, Duration delay) {
		try {
			sleeper.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SinchUnreachableException(project.projectId(), "Interrupted while waiting to retry", false, ex);
		}
	}

	private SinchException failed(SinchCredentials project, SinchCall call, Failure failure, String correlationId) {
		log.warn("Sinch {} {} for project {} failed: {} ({}) (correlationId={})", call.operation(),
				call.uriTemplate(), project.projectId(), failure.kind(), describe(failure), correlationId);
		if (failure.response() == null) {
			String what = (failure.kind() == Failure.Kind.NOT_CONNECTED) ? "could not connect"
					: "gave no answer in time";
			return new SinchUnreachableException(project.projectId(),
					"Sinch " + what + " (" + call.operation() + ", project " + project.projectId() + ")", false,
					failure.kind() == Failure.Kind.NO_RESPONSE, failure.cause());
		}
		int status = failure.response().status();
		PapiError error = failure.error();
		if (error == null) {
			String contentType = failure.response().header(HttpHeaders.CONTENT_TYPE);
			String message = "Sinch answered HTTP " + status + " without an error description"
					+ ((contentType != null) ? " (" + contentType + ")" : "");
			return new SinchApiException(project.projectId(), status, null, message, null, Map.of(), message);
		}
		return new SinchApiException(project.projectId(), status, error.errorCode(), error.message(),
				error.resolution(), error.additionalInformation(),
				"Sinch answered " + status + " " + error.errorCode() + ": " + error.message()
						+ ((error.resolution() != null) ? " Resolution: " + error.resolution() : ""));
	}

	private static String describe(Failure failure) {
		if (failure.response() == null) {
			return failure.cause().getClass().getSimpleName();
		}
		return "HTTP " + failure.response().status()
				+ ((failure.error() != null) ? " " + failure.error().errorCode() : "");
	}

	/** Expands the template with strictly encoded values (a page token's {@code +/=} must survive). */
	private URI uri(SinchCall call) {
		StringBuilder uri = new StringBuilder(settings.provisioningUrl().toString());
		if (uri.charAt(uri.length() - 1) == '/') {
			uri.setLength(uri.length() - 1);
		}
		String template = call.uriTemplate();
		int position = 0;
		while (position < template.length()) {
			int open = template.indexOf('{', position);
			if (open < 0) {
				uri.append(template, position, template.length());
				break;
			}
			int close = template.indexOf('}', open);
			uri.append(template, position, open)
				.append(UriUtils.encode(call.pathVariables().get(template.substring(open + 1, close)),
						StandardCharsets.UTF_8));
			position = close + 1;
		}
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : call.query().entrySet()) {
			for (String value : parameter.getValue()) {
				uri.append(separator).append(parameter.getKey()).append('=')
					.append(UriUtils.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return URI.create(uri.toString());
	}

	private static String correlationId() {
		String id = MDC.get(CORRELATION_ID);
		return (id != null && SAFE_CORRELATION_ID.matcher(id).matches()) ? id : null;
	}

	/** Where a call's bearer token comes from. */
	@FunctionalInterface
	public interface BearerTokens {

		String token(SinchCredentials project);

	}

	/** One attempt's result: Sinch's 2xx answer, or the failure; and the bearer token it used, if any. */
	private record Attempt(RawResponse response, Failure failure, String bearerToken) {

	}

}
