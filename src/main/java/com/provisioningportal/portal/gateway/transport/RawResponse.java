package com.provisioningportal.portal.gateway.transport;

import org.springframework.http.HttpHeaders;

/** Status, headers and body bytes of one answer from Sinch, before any mapping. */
public record RawResponse(int status, HttpHeaders headers, byte[] body) {

	static final RawResponse NO_CONTENT = new RawResponse(204, HttpHeaders.EMPTY, new byte[0]);

	String header(String name) {
		return headers.getFirst(name);
	}

	boolean successful() {
		return status >= 200 && status < 300;
	}

}
