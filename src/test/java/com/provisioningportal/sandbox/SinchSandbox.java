package com.provisioningportal.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.provisioningportal.testsupport.MutableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulated Sinch (token endpoint, Provisioning API, signed callbacks) over real HTTP on loopback.
 *
 * <pre>
 * SinchSandbox sandbox = SinchSandbox.start(SandboxOptions.forTests(clock));
 * SandboxProject project = sandbox.addOnboardedProject("Shop");
 * // call sandbox.baseUrl() + "/v1/projects/" + project.id() + "/whatsapp/senders", token from sandbox.tokenUrl()
 * sandbox.advance(Duration.ofMinutes(1)); // moves the MutableClock, then applies due transitions and callbacks
 * </pre>
 */
public final class SinchSandbox implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SinchSandbox.class);

	private final SandboxCore core;

	private final MetaSideChanges metaSide;

	private final RcsSendersApi rcsSenders;

	private final Callbacks callbacks;

	private final Faults faults = new Faults();

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(SandboxHttpServer.daemon("sinch-sandbox-scheduler"));

	private final SandboxHttpServer server;

	/** One tick at a time, so the dev-mode timer and an explicit tick never send the same callback twice. */
	private final Object tickLock = new Object();

	private SinchSandbox(SandboxOptions options) throws IOException {
		this.core = new SandboxCore(options);
		this.metaSide = new MetaSideChanges(core);
		this.callbacks = new Callbacks(core);
		Authentication auth = new Authentication(core);
		Router api = new Router();
		auth.register(api);
		new WebhooksApi(auth, options.localTargets()).register(api);
		new SendersApi(core, auth).register(api);
		this.rcsSenders = new RcsSendersApi(core, auth);
		rcsSenders.register(api);
		new AccountApi(core, auth).register(api);
		new TemplatesApi(core, auth).register(api);
		new BundlesApi(core, auth).register(api);
		Router control = new Router();
		new ControlApi(this).register(control);
		core.load();
		core.locked(() -> {
			if (options.seedDevProjects() && core.state().projects.isEmpty()) {
				DevSeed.seed(core);
			}
		});
		core.save();
		this.server = new SandboxHttpServer(core, api, control, faults, scheduler, options.port());
		if (options.autoTick() != null) {
			long period = options.autoTick().toMillis();
			scheduler.scheduleWithFixedDelay(this::tickQuietly, period, period, TimeUnit.MILLISECONDS);
		}
	}

	public static SinchSandbox start(SandboxOptions options) {
		try {
			return new SinchSandbox(options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Sinch sandbox could not listen on port " + options.port(), ex);
		}
	}

	/** The Provisioning API base, e.g. http://127.0.0.1:8089 (paths start with /v1/projects/...). */
	public String baseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** The OAuth2 token endpoint (auth.sinch.com's /oauth2/token), on the same port. */
	public String tokenUrl() {
		return baseUrl() + "/oauth2/token";
	}

	public int port() {
		return server.port();
	}

	/** A new, empty project with a random id and access key. */
	public SandboxProject addProject(String name) {
		return addProject(new SandboxProject(Ids.uuid(), name, "key-" + Ids.hex(12), Ids.secret()));
	}

	public SandboxProject addProject(SandboxProject project) {
		core.locked(() -> DevSeed.addProject(core, project));
		core.save();
		return project;
	}

	/** A new project whose WhatsApp account is already onboarded through Embedded Signup (WABA id given back by GET /whatsapp). */
	public SandboxProject addOnboardedProject(String name) {
		SandboxProject project = addProject(name);
		core.locked(() -> DevSeed.onboard(core, core.project(project.id()), Ids.numeric(15)));
		core.save();
		return project;
	}

	public List<SandboxProject> projects() {
		return core.locked(() -> core.state()
			.projects
			.values()
			.stream()
			.map(project -> new SandboxProject(project.id, project.name, project.keyId, project.keySecret))
			.toList());
	}

	/** The fault rules; add with e.g. {@code faults().add(FaultRule.status("/v1/**", 503).times(1))}. */
	public Faults faults() {
		return faults;
	}

	/** Requests received since start or the last reset, oldest first (the control endpoints excluded). */
	public List<RecordedRequest> requests() {
		return server.recorded();
	}

	public long tokenRequestCount() {
		return core.locked(() -> core.state().tokenRequests);
	}

	/** How many tokens the sandbox issued for a project's key (those expired more than a day ago forgotten). */
	public long tokensIssuedFor(String projectId) {
		return core.locked(() -> core.state().tokens.values().stream().filter(token -> token.projectId().equals(projectId)).count());
	}

	/** Callbacks queued, delivered or given up, oldest first. */
	public List<CallbackDelivery> deliveries() {
		return core.locked(() -> core.state().deliveries.stream().map(Callbacks::view).toList());
	}

	/** Everything stored for a project, as JSON (resources as Sinch shows them; secrets left out). */
	public JsonNode resources(String projectId) {
		return core.locked(() -> {
			JsonNode project = Json.MAPPER.valueToTree(core.project(projectId));
			if (project instanceof ObjectNode object) {
				object.remove(List.of("keySecret", "webhookSecrets"));
			}
			return project;
		});
	}

	/**
	 * Loses every callback of a project from now on (recorded as deliveries with status {@code DROPPED}, never sent)
	 * until {@link #deliverCallbacks(String)}: how tests show that reconciliation finishes what a lost callback left.
	 */
	public void dropCallbacks(String projectId) {
		core.dropCallbacks(projectId, true);
	}

	/** Ends {@link #dropCallbacks(String)} for a project; callbacks dropped meanwhile stay lost. */
	public void deliverCallbacks(String projectId) {
		core.dropCallbacks(projectId, false);
	}

	/**
	 * Deletes the project's access key, as someone might in Sinch's dashboard: the key gets no more tokens and the
	 * tokens issued for it stop working.
	 */
	public void revokeKey(String projectId) {
		core.locked(() -> {
			SandboxState.ProjectState project = core.project(projectId);
			project.keySecret = Ids.hex(16);
			core.state().tokens.values().removeIf(token -> token.projectId().equals(projectId));
		});
	}

	/** Meta changes a sender's quality rating ({@code GREEN}, {@code YELLOW}, {@code RED}, {@code UNKNOWN}). */
	public void metaChangesSenderQuality(String projectId, String senderId, String qualityRating) {
		metaSide.senderQuality(projectId, senderId, qualityRating);
	}

	/** Meta changes the account's daily limit ({@code TIER_1K}, {@code TIER_10K}, ...). */
	public void metaChangesDailyLimit(String projectId, String businessDailyLimit) {
		metaSide.accountDailyLimit(projectId, businessDailyLimit);
	}

	/** Meta schedules, applies or lifts a ban of the WABA ({@code SCHEDULE_FOR_DISABLE}, {@code DISABLE}, {@code REINSTATE}). */
	public void metaChangesWabaBan(String projectId, String wabaBanState) {
		metaSide.wabaBan(projectId, wabaBanState);
	}

	/** Meta rates a template ({@code QUALITY_SCORE_GREEN}, {@code _YELLOW}, {@code _RED}, {@code _UNKNOWN}). */
	public void metaChangesTemplateQuality(String projectId, String name, String language, String qualityScore) {
		metaSide.templateQuality(projectId, name, language, qualityScore);
	}

	/** Meta moves a template to another category now. */
	public void metaChangesTemplateCategory(String projectId, String name, String language, String category) {
		metaSide.templateCategory(projectId, name, language, category);
	}

	/** Meta announces the category it will give a template later. */
	public void metaAnnouncesTemplateCategory(String projectId, String name, String language, String futureCategory) {
		metaSide.templateFutureCategory(projectId, name, language, futureCategory);
	}

	/**
	 * Operators of a launching RCS sender decide now, whatever its brand name says, as a step of the launch would
	 * have them decide: the sender changed and {@code RCS_SENDER_OPERATOR_STATUS_UPDATED} queued per operator (and
	 * {@code RCS_SENDER_STATUS_UPDATED} when no operator is left pending); the next tick sends them.
	 *
	 * @param operator the operator's name, or null for every operator of the country still pending
	 * @param status {@code LAUNCHED} or {@code REJECTED}
	 * @param remark the refusal's remark, or null for the sandbox's usual one (only with {@code REJECTED})
	 * @return the sender as Sinch shows it after the decisions
	 */
	public JsonNode rcsOperatorsDecide(String projectId, String senderId, String country, String operator, String status,
			String remark) {
		JsonNode sender = rcsSenders.forceDecisions(projectId, senderId, country, operator, status, remark);
		core.save();
		return sender;
	}

	/** One operator of a launching RCS sender decides now; see {@link #rcsOperatorsDecide}. */
	public JsonNode rcsOperatorDecides(String projectId, String senderId, String country, String operator, String status) {
		return rcsOperatorsDecide(projectId, senderId, country, operator, status, null);
	}

	/** Every still-pending operator of a country of a launching RCS sender decides now; see {@link #rcsOperatorsDecide}. */
	public JsonNode rcsCountryDecides(String projectId, String senderId, String country, String status) {
		return rcsOperatorsDecide(projectId, senderId, country, null, status, null);
	}

	/** Applies due state transitions, then makes every due callback attempt; what the dev-mode timer runs. */
	public void tick() {
		synchronized (tickLock) {
			core.applyDueTransitions();
			callbacks.deliverDue();
			core.save();
		}
	}

	/** Moves the sandbox's clock (which must be a MutableClock) forward, then ticks. */
	public void advance(Duration duration) {
		if (!(core.options().clock() instanceof MutableClock clock)) {
			throw new IllegalStateException("advance needs a sandbox started with a MutableClock");
		}
		clock.advance(duration);
		tick();
	}

	/**
	 * Forgets everything: projects, tokens, scheduled transitions, deliveries, recorded requests, faults, the token
	 * count; then seeds again as at start (dev-mode projects when the options ask for them).
	 */
	public void reset() {
		faults.clear();
		server.clearRecorded();
		core.replaceState(new SandboxState());
		core.locked(() -> {
			if (core.options().seedDevProjects()) {
				DevSeed.seed(core);
			}
		});
		core.save();
	}

	@Override
	public void close() {
		scheduler.shutdownNow();
		server.stop();
	}

	private void tickQuietly() {
		try {
			tick();
		}
		catch (RuntimeException ex) {
			log.warn("Sinch sandbox tick failed", ex);
		}
	}

}
