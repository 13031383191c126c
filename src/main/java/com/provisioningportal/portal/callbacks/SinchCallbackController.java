package com.provisioningportal.portal.callbacks;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where Sinch posts provisioning callbacks. No session, no CSRF: the signature is the authentication. */
@RestController
class SinchCallbackController {

	/** Sinch's payloads are resource DTOs of a few kilobytes; anything far larger is not a callback. */
	static final int MAX_BODY_BYTES = 256 * 1024;

	private final CallbackReceiver receiver;

	SinchCallbackController(CallbackReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("/callbacks/sinch/{projectId}")
	ResponseEntity<Void> receive(@PathVariable String projectId,
			@RequestHeader(name = "x-sinch-webhook-signature", required = false) String signature,
			@RequestHeader(name = "x-sinch-webhook-signature-algorithm", required = false) String algorithm,
			@RequestHeader(name = "x-sinch-webhook-signature-nonce", required = false) String nonce,
			@RequestHeader(name = "x-sinch-webhook-signature-timestamp", required = false) String timestamp,
			HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		if (body.length > MAX_BODY_BYTES) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		var outcome = receiver.receive(projectId,
				new CallbackReceiver.SignatureHeaders(signature, algorithm, nonce, timestamp), body);
		HttpStatus status = switch (outcome) {
			case ACCEPTED, DUPLICATE -> HttpStatus.OK;
			case UNSIGNED, BAD_SIGNATURE, STALE -> HttpStatus.UNAUTHORIZED;
			case MALFORMED -> HttpStatus.BAD_REQUEST;
		};
		return ResponseEntity.status(status).build();
	}

}
