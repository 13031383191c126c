package com.provisioningportal.portal.gateway;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.provisioningportal.portal.gateway.sms.Bundles;
import com.provisioningportal.portal.gateway.sms.SmsApps;
import com.provisioningportal.portal.gateway.transport.GatewaySettings;
import com.provisioningportal.portal.gateway.webhooks.ProvisioningWebhooks;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;
import com.provisioningportal.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A gateway against a WireMock server on a random port, with a clock the test moves, a sleeper that records the
 * retry schedule (and moves the clock by it instead of waiting) and a meter registry to read.
 */
final class GatewayFixture implements AutoCloseable {

	static final String PROJECT = "6f5b9d0e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

	static final String KEY_ID = "key-id-1";

	/** Characters that form-encoding would change, to prove the key is sent raw. */
	static final String KEY_SECRET = "s3cr+t/x=Zq9";

	final WireMockServer sinch = new WireMockServer(options().dynamicPort());

	final MutableClock clock = new MutableClock(Instant.now());

	final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final Map<String, SinchCredentials> projects = new ConcurrentHashMap<>();

	final SinchAccess sinchAccess;

	final WhatsAppSenders senders;

	final WhatsAppAccounts accounts;

	final WhatsAppTemplates templates;

	final ProvisioningWebhooks webhooks;

	final Bundles bundles;

	final SmsApps smsApps;

	GatewayFixture(AuthMode mode) {
		this(mode, Duration.ofSeconds(5), null, Duration.ofSeconds(30));
	}

	GatewayFixture(AuthMode mode, Duration responseTimeout, URI provisioningUrl, Duration callDeadline) {
		sinch.start();
		projects.put(PROJECT, new SinchCredentials(PROJECT, KEY_ID, KEY_SECRET, mode));
		URI base = (provisioningUrl != null) ? provisioningUrl : URI.create(sinch.baseUrl());
		GatewaySettings settings = settings(base, URI.create(sinch.baseUrl() + "/oauth2/token"), responseTimeout,
				callDeadline);
		GatewayConfiguration.Connection connection = GatewayConfiguration.build(settings,
				projectId -> Optional.ofNullable(projects.get(projectId)), clock,
				meters, duration -> {
					sleeps.add(duration);
					clock.advance(duration);
				});
		sinchAccess = connection.access();
		senders = new WhatsAppSenders(connection.requests());
		accounts = new WhatsAppAccounts(connection.requests());
		templates = new WhatsAppTemplates(connection.requests());
		webhooks = new ProvisioningWebhooks(connection.requests());
		bundles = new Bundles(connection.requests());
		smsApps = new SmsApps(connection.requests());
	}

	static GatewaySettings settings(URI provisioningUrl, URI authUrl, Duration responseTimeout,
			Duration callDeadline) {
		return new GatewaySettings(provisioningUrl, authUrl, Duration.ofSeconds(2), responseTimeout, callDeadline, new GatewaySettings.Retry(3, Duration.ofMillis(200), 2, Duration.ofSeconds(10)),
				new GatewaySettings.Circuit(50, 10, 5, Duration.ofSeconds(30), 2), Duration.ofSeconds(30));
	}

	void stubToken(String accessToken) {
		sinch.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"" + accessToken
					+ "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"\"}")));
	}

	int tokenRequests() {
		return sinch.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).size();
	}

	@Override
	public void close() {
		sinch.stop();
	}

}
