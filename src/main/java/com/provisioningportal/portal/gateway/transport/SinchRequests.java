package com.provisioningportal.portal.gateway.transport;

import java.util.List;

import com.provisioningportal.portal.gateway.Page;

/**
 * Sends a {@link SinchCall} through {@link SinchHttp} and reads Sinch's answer as JSON: the one thing every resource
 * client needs, so none of them sees the HTTP client, the credentials or the retries.
 */
public final class SinchRequests {

	private final SinchHttp http;

	private final JsonCodec json;

	public SinchRequests(SinchHttp http, JsonCodec json) {
		this.http = http;
		this.json = json;
	}

	/** For calls whose answer carries nothing the caller needs (deletes, assignments). */
	public void send(SinchCall call) {
		http.send(call);
	}

	public <T> T read(SinchCall call, Class<T> type) {
		return json.read(http.send(call).body(), type);
	}

	/** One page of a list; {@code itemsKey} names the list in Sinch's envelope ({@code senders}, {@code webhooks}, …). */
	public <T> Page<T> readPage(SinchCall call, String itemsKey, Class<T> type) {
		return json.readPage(http.send(call).body(), itemsKey, type);
	}

	/** A list Sinch answers whole, without paging. */
	public <T> List<T> readList(SinchCall call, String itemsKey, Class<T> type) {
		return json.readList(http.send(call).body(), itemsKey, type);
	}

}
