package com.provisioningportal.sandbox.meta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.RecordedRequest;
import com.provisioningportal.sandbox.Router;
import com.provisioningportal.sandbox.SandboxResponse;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions.MetaApp;

/**
 * A simulated Meta for Embedded Signup over real HTTP on loopback, on two origins: Meta's (JS SDK, signup dialog,
 * Graph) and a foreign one that posts look-alike messages.
 *
 * <pre>
 * MetaSandbox meta = MetaSandbox.start(MetaSandboxOptions.forTests(clock));
 * MetaWaba waba = meta.addWaba("Shop", 1);           // what the dialog offers
 * // a page loads meta.sdkUrl(), FB.init({appId: meta.app().id(), version: 'v25.0'}), FB.login(...)
 * // the server calls meta.graphUrl() + "/v25.0/oauth/access_token?client_id&amp;client_secret&amp;code"
 * meta.codes(); meta.tokens(); meta.launches(); meta.requests();
 * </pre>
 */
public final class MetaSandbox implements AutoCloseable {

	private final MetaSandboxOptions options;

	private final MetaState state = new MetaState();

	private final MetaHttpServer meta;

	private final MetaHttpServer foreign;

	private MetaSandbox(MetaSandboxOptions options) throws IOException {
		this.options = options;
		seed();
		Router metaRoutes = new Router();
		new SignupDialog(state, options).register(metaRoutes);
		new GraphApi(state, options).register(metaRoutes);
		metaRoutes.add("GET", "/_sandbox/launches", request -> SandboxResponse.ok(Json.MAPPER.valueToTree(launches())))
			.add("GET", "/_sandbox/codes", request -> SandboxResponse.ok(Json.MAPPER.valueToTree(codes())))
			.add("GET", "/_sandbox/wabas", request -> SandboxResponse.ok(Json.MAPPER.valueToTree(wabas())))
			.add("GET", "/_sandbox/requests", request -> SandboxResponse.ok(Json.MAPPER.valueToTree(requests())));
		Router foreignRoutes = new Router();
		new ForeignOrigin().register(foreignRoutes);
		this.meta = new MetaHttpServer("meta-sandbox-http", options.metaPort(), metaRoutes, options.clock());
		try {
			this.foreign = new MetaHttpServer("meta-sandbox-foreign-http", options.foreignPort(), foreignRoutes,
					options.clock());
		}
		catch (IOException ex) {
			meta.stop();
			throw ex;
		}
	}

	public static MetaSandbox start(MetaSandboxOptions options) {
		try {
			return new MetaSandbox(options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Meta sandbox could not listen on ports " + options.metaPort() + " and "
					+ options.foreignPort(), ex);
		}
	}

	/** Meta's origin, e.g. http://localhost:8090: where message events come from, for the allowed origins. */
	public String origin() {
		return "http://" + options.host() + ":" + meta.port();
	}

	/** The Graph API base (paths start with /{version}/...). */
	public String graphUrl() {
		return origin();
	}

	/** The JS SDK, to load instead of connect.facebook.net/en_US/sdk.js. */
	public String sdkUrl() {
		return origin() + "/sdk.js";
	}

	/** The OAuth dialog base for the redirect flow (paths start with /{version}/dialog/oauth). */
	public String dialogUrl() {
		return origin();
	}

	/** The foreign origin's page, e.g. http://localhost:8091/ (see {@link ForeignOrigin} for its query). */
	public String foreignOrigin() {
		return "http://" + options.host() + ":" + foreign.port();
	}

	public int port() {
		return meta.port();
	}

	public int foreignPort() {
		return foreign.port();
	}

	public MetaApp app() {
		return options.app();
	}

	/** A new business with a WABA and this many phone numbers (random ids), offered by the dialog from now on. */
	public MetaWaba addWaba(String name, int phoneNumbers) {
		List<MetaWaba.PhoneNumber> numbers = new ArrayList<>();
		IntStream.range(0, phoneNumbers).forEach(i -> {
			String subscriber = MetaState.numericId(9);
			numbers.add(new MetaWaba.PhoneNumber(MetaState.numericId(15), "+48 " + subscriber.substring(0, 3) + " "
					+ subscriber.substring(3, 6) + " " + subscriber.substring(6), name + (i == 0 ? "" : " " + (i + 1))));
		});
		return addWaba(new MetaWaba(MetaState.numericId(15), name, MetaState.numericId(15), numbers));
	}

	public MetaWaba addWaba(MetaWaba waba) {
		state.addWaba(waba);
		return waba;
	}

	public List<MetaWaba> wabas() {
		return state.wabas();
	}

	/**
	 * A code as if someone had finished the dialog with this WABA, for tests that need no browser; with a redirect URI
	 * as the redirect flow gives, null as the SDK's popup gives.
	 */
	public String issueCode(MetaWaba waba, String redirectUri) {
		return state.issueCode(app().id(), redirectUri, waba, options.clock().instant()).code();
	}

	/** Every opening of the dialog since start or reset, oldest first. */
	public List<DialogLaunch> launches() {
		return state.launches();
	}

	/** Every code handed out, with when it was exchanged (if it was). */
	public List<IssuedCode> codes() {
		return state.codes();
	}

	/** Every business token given for a code. */
	public List<IssuedToken> tokens() {
		return state.tokens();
	}

	/** Requests to Meta's origin (secrets and tokens in the query masked), oldest first. */
	public List<RecordedRequest> requests() {
		return meta.recorded();
	}

	/** Requests to the foreign origin. */
	public List<RecordedRequest> foreignRequests() {
		return foreign.recorded();
	}

	/** Forgets WABAs, dialogs, codes, tokens and recorded requests; then seeds again as at start. */
	public void reset() {
		state.clear();
		meta.clearRecorded();
		foreign.clearRecorded();
		seed();
	}

	@Override
	public void close() {
		meta.stop();
		foreign.stop();
	}

	private void seed() {
		if (options.seedDevWabas()) {
			MetaDevSeed.seed(state);
		}
	}

}
