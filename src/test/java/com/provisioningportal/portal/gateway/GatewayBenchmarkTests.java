package com.provisioningportal.portal.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import com.provisioningportal.portal.gateway.transport.GatewaySettings;
import com.provisioningportal.portal.gateway.transport.ProjectCredentials;
import com.provisioningportal.portal.gateway.transport.ProjectTokens;
import com.provisioningportal.portal.gateway.transport.Sleeper;
import com.provisioningportal.portal.gateway.webhooks.ProvisioningWebhooks;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmarks, outside {@code ./mvnw verify}: run with
 * {@code ./mvnw -o test -Dtest=GatewayBenchmarkTests -Dbenchmarks=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the numbers from {@code target/surefire-reports/*GatewayBenchmarkTests-output.txt}.
 */
@EnabledIfSystemProperty(named = "benchmarks", matches = "true")
class GatewayBenchmarkTests {

	private static final String PROJECT = GatewayFixture.PROJECT;

	private static final byte[] LIST = ("{\"totalSize\":1,\"pageSize\":15,\"webhooks\":[{\"id\":\"7c60ce550f1d40198d5ffb113d58591b\","
			+ "\"projectId\":\"" + PROJECT + "\",\"target\":\"https://portal.example/cb\",\"triggers\":[\"ALL\"]}]}")
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] TOKEN = "{\"access_token\":\"bench-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
		.getBytes(StandardCharsets.UTF_8);

	static {
		// without it the JDK server's separate header and body writes meet delayed ACKs (~40 ms a call)
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private HttpServer stub;

	private URI base;

	@BeforeEach
	void startStub() throws IOException {
		stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		stub.createContext("/oauth2/token", exchange -> answer(exchange, TOKEN));
		stub.createContext("/v1/", exchange -> answer(exchange, LIST));
		stub.setExecutor(Executors.newFixedThreadPool(4));
		stub.start();
		base = URI.create("http://127.0.0.1:" + stub.getAddress().getPort());
	}

	@AfterEach
	void stopStub() {
		stub.stop(0);
	}

	private static void answer(HttpExchange exchange, byte[] body) throws IOException {
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private GatewaySettings settings() {
		return GatewayFixture.settings(base, URI.create(base + "/oauth2/token"), Duration.ofSeconds(5),
				Duration.ofSeconds(30));
	}

	@Test
	void gatewayCallBesideABareWebClientCall() {
		GatewaySettings settings = settings();
		ProvisioningWebhooks webhooks = new ProvisioningWebhooks(GatewayConfiguration.build(settings,
				id -> Optional.of(new SinchCredentials(PROJECT, "bench-key", "bench-secret", AuthMode.OAUTH2)),
				Clock.systemUTC(), new SimpleMeterRegistry(), Sleeper.THREAD).requests());
		WebClient bare = GatewayConfiguration.webClient(settings);
		URI uri = URI.create(base + "/v1/projects/" + PROJECT + "/webhooks");
		Runnable bareCall = () -> bare.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.setBearerAuth("bench-token"))
			.retrieve()
			.bodyToMono(byte[].class)
			.block();
		Runnable bareTypedCall = () -> bare.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.setBearerAuth("bench-token"))
			.retrieve()
			.bodyToMono(WebhookList.class)
			.block();
		Runnable gatewayCall = () -> webhooks.listWebhooks(PROJECT, PageRequest.first());

		int rounds = 10;
		int perRound = 500;
		long[] bareNanos = new long[rounds * perRound];
		long[] bareTypedNanos = new long[rounds * perRound];
		long[] gatewayNanos = new long[rounds * perRound];
		measure(bareCall, new long[3_000]);
		measure(bareTypedCall, new long[3_000]);
		measure(gatewayCall, new long[3_000]);
		for (int round = 0; round < rounds; round++) {
			measure(bareCall, bareNanos, round * perRound, perRound);
			measure(bareTypedCall, bareTypedNanos, round * perRound, perRound);
			measure(gatewayCall, gatewayNanos, round * perRound, perRound);
		}
		Arrays.sort(bareNanos);
		Arrays.sort(bareTypedNanos);
		Arrays.sort(gatewayNanos);
		System.out.printf("BENCHMARK per call (%d calls each, interleaved in rounds of %d)%n", bareNanos.length,
				perRound);
		for (double quantile : new double[] { 0.5, 0.9, 0.99 }) {
			long bareAt = at(bareNanos, quantile);
			long typedAt = at(bareTypedNanos, quantile);
			long gatewayAt = at(gatewayNanos, quantile);
			System.out.printf(
					"BENCHMARK p%-3d bare %7.1f us | bare+typed %7.1f us | gateway %7.1f us | ratio to bare %.3f | ratio to bare+typed %.3f%n",
					(int) (quantile * 100), bareAt / 1000.0, typedAt / 1000.0, gatewayAt / 1000.0,
					(double) gatewayAt / bareAt, (double) gatewayAt / typedAt);
		}
	}

	/** What a bare WebClient call decodes the same list into, for the typed comparison. */
	record WebhookList(int totalSize, int pageSize, java.util.List<Webhook> webhooks) {

	}

	@Test
	void tokenManagerThroughputWith64Threads() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ProjectCredentials credentials = new ProjectCredentials(
				id -> Optional.of(new SinchCredentials(id, "bench-key", "bench-secret", AuthMode.OAUTH2)));
		ProjectTokens tokens = new ProjectTokens(credentials, base + "/oauth2/token", Clock.systemUTC(),
				GatewayConfiguration.tokenClient(settings()), meters);
		int threads = 64;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		LongAdder calls = new LongAdder();
		AtomicBoolean running = new AtomicBoolean(true);
		CountDownLatch start = new CountDownLatch(1);
		for (int i = 0; i < threads; i++) {
			pool.submit(() -> {
				start.await();
				while (running.get()) {
					tokens.accessToken(PROJECT);
					calls.increment();
				}
				return null;
			});
		}
		long began = System.nanoTime();
		start.countDown();
		// the run's length is the measurement window, not a synchronisation
		Thread.sleep(5_000);
		running.set(false);
		long elapsed = System.nanoTime() - began;
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		System.out.printf("BENCHMARK token manager, %d threads, one project: %,.0f tokens/s over %.1f s; token requests: %.0f%n",
				threads, calls.sum() / (elapsed / 1e9), elapsed / 1e9,
				meters.get("sinch.gateway.token.fetches").tag("outcome", "success").counter().count());
	}

	private static void measure(Runnable call, long[] nanos) {
		measure(call, nanos, 0, nanos.length);
	}

	private static void measure(Runnable call, long[] nanos, int from, int count) {
		for (int i = from; i < from + count; i++) {
			long started = System.nanoTime();
			call.run();
			nanos[i] = System.nanoTime() - started;
		}
	}

	private static long at(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))];
	}

}
