package com.provisioningportal.sandbox.meta;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.provisioningportal.sandbox.RecordedRequest;
import com.provisioningportal.sandbox.Router;
import com.provisioningportal.sandbox.SandboxRequest;
import com.provisioningportal.sandbox.SandboxResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One origin of the Meta sandbox: a JDK HttpServer on loopback that routes with the Sinch sandbox's
 * {@link Router}, answers unknown paths and failures the way Graph does, and records what it received.
 */
final class MetaHttpServer {

	private static final Logger log = LoggerFactory.getLogger(MetaHttpServer.class);

	private static final int KEPT_REQUESTS = 2000;

	/** The sandbox's own inspection endpoints, never recorded. */
	static final String INSPECTION_PREFIX = "/_sandbox";

	/** App secrets and tokens travel in query strings at Meta; they never reach the inspection log. */
	private static final Pattern SECRET_PARAMETERS = Pattern.compile("((?:^|&)(?:client_secret|access_token|input_token)=)[^&]*");

	private final Router router;

	private final Clock clock;

	private final HttpServer server;

	private final ExecutorService workers;

	private final List<RecordedRequest> recorded = Collections.synchronizedList(new ArrayList<>());

	MetaHttpServer(String name, int port, Router router, Clock clock) throws IOException {
		this.router = router;
		this.clock = clock;
		this.workers = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
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
	}

	void stop() {
		server.stop(0);
		workers.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		SandboxRequest request = SandboxRequest.from(exchange);
		SandboxResponse response = dispatch(request);
		if (!request.path().startsWith(INSPECTION_PREFIX)) {
			record(request, response.status());
		}
		response.writeTo(exchange);
	}

	private SandboxResponse dispatch(SandboxRequest request) {
		Optional<Router.Match> match = router.match(request.method(), request.path());
		if (match.isEmpty()) {
			return GraphException.oauth(2500, null, "Unknown path components: " + request.path()).response();
		}
		try {
			return match.get().handler().handle(request.withPathVariables(match.get().variables()));
		}
		catch (GraphException ex) {
			return ex.response();
		}
		catch (RuntimeException ex) {
			log.warn("Meta sandbox failed on {} {}", request.method(), request.path(), ex);
			return new GraphException(500, "OAuthException", 1, null, "An unknown error has occurred.").response();
		}
	}

	private void record(SandboxRequest request, int status) {
		Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
		headers.computeIfPresent("Authorization", (name, values) -> List.of("****"));
		String query = request.rawQuery() == null ? null : SECRET_PARAMETERS.matcher(request.rawQuery()).replaceAll("$1****");
		String body = SECRET_PARAMETERS.matcher(request.bodyText()).replaceAll("$1****");
		synchronized (recorded) {
			recorded.add(new RecordedRequest(clock.instant(), request.method(), SandboxRequest.decode(request.path()),
					query, headers, body, status, ""));
			if (recorded.size() > KEPT_REQUESTS) {
				recorded.remove(0);
			}
		}
	}

}
