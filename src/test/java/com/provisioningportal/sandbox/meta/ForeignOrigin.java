package com.provisioningportal.sandbox.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.provisioningportal.sandbox.Router;
import com.provisioningportal.sandbox.SandboxRequest;
import com.provisioningportal.sandbox.SandboxResponse;

import static com.provisioningportal.sandbox.meta.SignupDialog.html;

/**
 * The second origin: a page that posts {@code WA_EMBEDDED_SIGNUP} look-alikes (and a forged SDK code) from an origin
 * that is not Meta's. Query: {@code target} (URL to open), {@code post} (a message to send to the opener at once),
 * {@code waba_id}, {@code phone_number_id}, {@code business_id} (ids in the forged FINISH).
 */
final class ForeignOrigin {

	private static final String[][] MESSAGES = { { "finish", "FINISH (JSON string)" },
			{ "finish-object", "FINISH (object)" }, { "cancel", "CANCEL at PHONE_NUMBER_SETUP" },
			{ "error", "CANCEL with a reported error" }, { "code", "a forged SDK code message" },
			{ "malformed", "malformed JSON" } };

	void register(Router router) {
		router.add("GET", "/", this::page)
			.add("GET", "/favicon.ico", request -> new SandboxResponse(204, Map.of(), new byte[0]))
			.add("GET", "/foreign.js", request -> {
			try (InputStream in = ForeignOrigin.class.getResourceAsStream("foreign.js")) {
				return new SandboxResponse(200, Map.of("Content-Type", "text/javascript; charset=utf-8"),
						in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private SandboxResponse page(SandboxRequest request) {
		String target = request.queryParam("target");
		StringBuilder page = new StringBuilder("""
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>A foreign origin</title>
				<script src="/foreign.js" defer></script></head><body>
				<h1>Not Meta</h1>
				<p>This page posts messages that look like Embedded Signup's, from an origin a portal must not trust.</p>
				<p><label>Window to open <input id="target-url" size="60" value=\"""");
		page.append(html(target == null ? "" : target)).append("""
				"></label> <button type="button" id="open-target">Open it</button></p>
				<p id="no-target" hidden>No window to post to: open this page from the portal, or open a target.</p>
				<p>Post to the opener (or the opened window), target origin "*":</p>
				""");
		for (String[] message : MESSAGES) {
			page.append("<button type=\"button\" id=\"post-").append(message[0]).append("\">").append(html(message[1]))
				.append("</button>\n");
		}
		page.append("<p>Messages sent: <output id=\"sent-count\">0</output></p>\n</body></html>\n");
		return SandboxResponse.html(page.toString());
	}

}
