package com.provisioningportal.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A load balancer of the simplest kind in front of several portal instances: each request goes to the next one in
 * turn, with no stickiness, so whatever one instance knows only in memory shows up as a failure on the next.
 * The JDK's own HTTP server and client, since no proxy library is on the test classpath.
 */
public final class RoundRobinProxy implements AutoCloseable {

	private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "transfer-encoding",
			"keep-alive", "upgrade", "expect");

	private final List<Integer> backends;

	private final AtomicInteger next = new AtomicInteger();

	private final AtomicInteger[] served;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final HttpServer server;

	public RoundRobinProxy(List<Integer> backendPorts) throws IOException {
		this.backends = List.copyOf(backendPorts);
		this.served = new AtomicInteger[backends.size()];
		for (int i = 0; i < served.length; i++) {
			served[i] = new AtomicInteger();
		}
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		server.createContext("/", this::forward);
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** How many requests the backend at {@code index} answered. */
	public int served(int index) {
		return served[index].get();
	}

	private void forward(HttpExchange exchange) throws IOException {
		int index = Math.floorMod(next.getAndIncrement(), backends.size());
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + backends.get(index) + exchange.getRequestURI()))
				.method(exchange.getRequestMethod(), (body.length == 0) ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(body));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase())) {
					values.forEach(value -> request.header(name, value));
				}
			});
			// As a real proxy does, so redirects and links point at the proxy rather than at the instance.
			request.header("X-Forwarded-Host", "localhost");
			request.header("X-Forwarded-Port", String.valueOf(port()));
			request.header("X-Forwarded-Proto", "http");
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			served[index].incrementAndGet();
			response.headers().map().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
					exchange.getResponseHeaders().put(name, values);
				}
			});
			byte[] answer = response.body();
			exchange.sendResponseHeaders(response.statusCode(), (answer.length == 0) ? -1 : answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			exchange.sendResponseHeaders(502, -1);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
