package com.provisioningportal.sandbox.meta;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Meta sandbox knows: the customers' WABAs, the dialogs opened, and the codes and tokens handed out. Kept in
 * memory only (codes live 30 seconds; tokens are dropped by the portal after verification). Thread-safe.
 */
final class MetaState {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, MetaWaba> wabas = new LinkedHashMap<>();

	private final Map<String, DialogLaunch> launches = new LinkedHashMap<>();

	/** Dialogs whose outcome was chosen; their form cannot be sent again. */
	private final List<String> closedLaunches = new ArrayList<>();

	private final Map<String, IssuedCode> codes = new LinkedHashMap<>();

	private final Map<String, IssuedToken> tokens = new LinkedHashMap<>();

	synchronized void addWaba(MetaWaba waba) {
		wabas.put(waba.id(), waba);
	}

	synchronized List<MetaWaba> wabas() {
		return List.copyOf(wabas.values());
	}

	synchronized Optional<MetaWaba> waba(String id) {
		return Optional.ofNullable(wabas.get(id));
	}

	synchronized void addLaunch(DialogLaunch launch) {
		launches.put(launch.id(), launch);
	}

	synchronized List<DialogLaunch> launches() {
		return List.copyOf(launches.values());
	}

	/** The dialog, unless unknown or already closed; closing it means no other outcome can be sent for it. */
	synchronized Optional<DialogLaunch> closeLaunch(String id) {
		if (id == null || closedLaunches.contains(id)) {
			return Optional.empty();
		}
		closedLaunches.add(id);
		return Optional.ofNullable(launches.get(id));
	}

	/** A fresh code for what the customer shared; single use, checked against its lifetime at the exchange. */
	synchronized IssuedCode issueCode(String appId, String redirectUri, MetaWaba waba, Instant at) {
		IssuedCode code = new IssuedCode(opaque("AQ", 96), at, appId, redirectUri, waba.id(), waba.businessId(), null);
		codes.put(code.code(), code);
		return code;
	}

	synchronized void putCode(IssuedCode code) {
		codes.put(code.code(), code);
	}

	synchronized Optional<IssuedCode> code(String code) {
		return Optional.ofNullable(codes.get(code));
	}

	synchronized List<IssuedCode> codes() {
		return List.copyOf(codes.values());
	}

	synchronized void putToken(IssuedToken token) {
		tokens.put(token.token(), token);
	}

	synchronized Optional<IssuedToken> token(String token) {
		return Optional.ofNullable(tokens.get(token));
	}

	synchronized List<IssuedToken> tokens() {
		return List.copyOf(tokens.values());
	}

	synchronized void clear() {
		wabas.clear();
		launches.clear();
		closedLaunches.clear();
		codes.clear();
		tokens.clear();
	}

	/** Meta ids (business, WABA, phone number, user) are numeric strings. */
	static String numericId(int length) {
		StringBuilder id = new StringBuilder(length);
		id.append(1 + RANDOM.nextInt(9));
		for (int i = 1; i < length; i++) {
			id.append(RANDOM.nextInt(10));
		}
		return id.toString();
	}

	/** Meta's support session ids are lower-case hex. */
	static String hex(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(Character.forDigit(RANDOM.nextInt(16), 16));
		}
		return id.toString();
	}

	/** Opaque URL-safe text, for codes ("AQ...") and tokens ("EAA..."), as long as Meta's. */
	static String opaque(String prefix, int randomBytes) {
		byte[] bytes = new byte[randomBytes];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
