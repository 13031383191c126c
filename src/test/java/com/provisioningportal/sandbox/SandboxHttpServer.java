package com.provisioningportal.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP side of the sandbox (a JDK HttpServer on loopback): reads each request, applies any fault rule,
 * lets the simulated API answer, records the exchange and saves the state after changes.
 */
final class SandboxHttpServer {

	private static final Logger log = LoggerFactory.getLogger(SandboxHttpServer.class);

	static {
		// The JDK server leaves Nagle's algorithm on, which costs every small answer ~40 ms on loopback.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private static final int KEPT_REQUESTS = 2000;

	private static final String CONTROL_PREFIX = "/_sandbox";

	private final SandboxCore core;

	private final Router api;

	private final Router control;

	private final Faults faults;

	private final HttpServer server;

	private final ExecutorService workers = Executors.newCachedThreadPool(daemon("sinch-sandbox-http"));

	private final ScheduledExecutorService delayed;

	private final List<RecordedRequest> recorded = Collections.synchronizedList(new ArrayList<>());

	private final List<HttpExchange> unanswered = Collections.synchronizedList(new ArrayList<>());

	SandboxHttpServer(SandboxCore core, Router api, Router control, Faults faults, ScheduledExecutorService delayed,
			int port) throws IOException {
		this.core = core;
		this.api = api;
		this.control = control;
		this.faults = faults;
		this.delayed = delayed;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
		this.server.setExecutor(workers);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	int port() {
		return server.getAddress().getPort();
	}

	List<RecordedRequest> recorded() {
		synchronized (recorded) {
			return List.copyOf(recorded);
		}
	}

	void clearRecorded() {
		recorded.clear();
		dropUnanswered();
	}

	void stop() {
		dropUnanswered();
		server.stop(0);
		workers.shutdownNow();
	}

	private void dropUnanswered() {
		synchronized (unanswered) {
			unanswered.forEach(HttpExchange::close);
			unanswered.clear();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		SandboxRequest request = SandboxRequest.from(exchange);
		if (request.path().startsWith(CONTROL_PREFIX)) {
			dispatch(control, request, false).writeTo(exchange);
			return;
		}
		Optional<FaultRule> fault = faults.take(request.method(), request.path());
		if (fault.isEmpty()) {
			answer(exchange, request);
			return;
		}
		FaultRule rule = fault.get();
		switch (rule.kind()) {
			case LATENCY -> delayed.schedule(() -> workers.execute(() -> answerQuietly(exchange, request)),
					rule.latency().toMillis(), TimeUnit.MILLISECONDS);
			case TOO_MANY_REQUESTS -> reply(exchange, request,
					SandboxResponse.error(new PapiException(429, "too_many_requests", "Too many requests.",
							"Retry after the time given in Retry-After.")).withHeader("Retry-After", rule.retryAfter()));
			case STATUS -> reply(exchange, request, SandboxResponse.error(new PapiException(rule.status(),
					"internal_error", "Internal server error.", "Retry later.")));
			case MALFORMED_JSON -> reply(exchange, request, new SandboxResponse(200,
					Map.of("Content-Type", "application/json"), "{\"id\": \"trunc".getBytes(StandardCharsets.UTF_8)));
			case NEWER_VERSION -> answer(exchange, request, SandboxResponse::asNewerVersion);
			case CONNECTION_RESET -> {
				record(request, SandboxResponse.UNANSWERED);
				exchange.close();
			}
			case RESET_AFTER_ACTING -> {
				core.applyDueTransitions();
				dispatch(api, request, true);
				core.save();
				record(request, SandboxResponse.UNANSWERED);
				exchange.close();
			}
			case NO_ANSWER -> {
				record(request, SandboxResponse.UNANSWERED);
				unanswered.add(exchange);
			}
		}
	}

	private void answerQuietly(HttpExchange exchange, SandboxRequest request) {
		try {
			answer(exchange, request);
		}
		catch (IOException ex) {
			log.debug("Client went away during added latency", ex);
		}
	}

	private void answer(HttpExchange exchange, SandboxRequest request) throws IOException {
		answer(exchange, request, UnaryOperator.identity());
	}

	private void answer(HttpExchange exchange, SandboxRequest request, UnaryOperator<SandboxResponse> rewrite)
			throws IOException {
		core.applyDueTransitions();
		SandboxResponse response = dispatch(api, request, true);
		if (!request.method().equals("GET")) {
			core.save();
		}
		reply(exchange, request, rewrite.apply(response));
	}

	private void reply(HttpExchange exchange, SandboxRequest request, SandboxResponse response) throws IOException {
		record(request, response);
		response.writeTo(exchange);
	}

	private static SandboxResponse dispatch(Router router, SandboxRequest request, boolean api) {
		Optional<Router.Match> match = router.match(request.method(), request.path());
		if (match.isEmpty()) {
			return SandboxResponse.error(new PapiException(404, "not_found",
					"Cannot " + request.method() + " " + request.path(), "Check the path and method."));
		}
		try {
			return match.get().handler().handle(request.withPathVariables(match.get().variables()));
		}
		catch (PapiException ex) {
			return SandboxResponse.error(ex);
		}
		catch (RuntimeException ex) {
			log.warn("Sandbox failed on {} {}", request.method(), request.path(), ex);
			return SandboxResponse.error(new PapiException(500, "internal_error", "Internal server error.",
					api ? "Retry later." : String.valueOf(ex.getMessage())));
		}
	}

	private void record(SandboxRequest request, SandboxResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.headers().forEach((name, values) -> headers.put(name,
				name.equalsIgnoreCase("Authorization") ? values.stream().map(SandboxHttpServer::maskCredentials).toList()
						: values));
		synchronized (recorded) {
			recorded.add(new RecordedRequest(core.now(), request.method(), SandboxRequest.decode(request.path()),
					request.rawQuery(), headers, maskBody(request.bodyText()), response.status(),
					new String(response.body(), StandardCharsets.UTF_8)));
			if (recorded.size() > KEPT_REQUESTS) {
				recorded.remove(0);
			}
		}
	}

	private static String maskCredentials(String authorization) {
		int space = authorization.indexOf(' ');
		return (space < 0 ? "" : authorization.substring(0, space + 1)) + "****";
	}

	/** Fields that carry a credential: a Meta token sent to Sinch, and the tokens Sinch hands out. */
	private static final Set<String> TOKENS = Set.of("accessToken", "access_token", "bearerToken");

	/** Secrets and tokens in JSON bodies, and a client_secret in a form, never reach the inspection log. */
	static String maskBody(String body) {
		if (body.isEmpty()) {
			return body;
		}
		try {
			JsonNode json = Json.read(body);
			maskSecrets(json);
			return Json.write(json);
		}
		catch (JacksonException ex) {
			return body.replaceAll("(client_secret=)[^&]*", "$1****");
		}
	}

	private static void maskSecrets(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				if (name.toLowerCase().contains("secret") || TOKENS.contains(name)) {
					object.put(name, "****");
				}
				else {
					maskSecrets(object.get(name));
				}
			}
		}
		else if (node != null && node.isArray()) {
			node.forEach(SandboxHttpServer::maskSecrets);
		}
	}

	static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

}
