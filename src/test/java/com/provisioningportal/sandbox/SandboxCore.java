package com.provisioningportal.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.provisioningportal.sandbox.SandboxState.DeliveryState;
import com.provisioningportal.sandbox.SandboxState.ProjectState;
import com.provisioningportal.sandbox.SandboxState.ScheduledTransition;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated Sinch behind the HTTP layer: its state, its clock, the transitions that happen on their own
 * and the callbacks they cause. Every read or change of the state happens under this object's lock.
 */
final class SandboxCore {

	/** Delivery history kept for inspection; older finished deliveries are dropped. */
	private static final int KEPT_DELIVERIES = 500;

	private final SandboxOptions options;

	/** Projects whose callbacks are lost on the way, as a network or an outage would lose them. */
	private final java.util.Set<String> droppingCallbacks = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final Map<String, Consumer<ScheduledTransition>> transitionHandlers = new HashMap<>();

	private SandboxState state = new SandboxState();

	/** While a transition is applied: its due time, so the ones it schedules are timed from it, not from "now". */
	private Long applyingDueAt;

	SandboxCore(SandboxOptions options) {
		this.options = options;
	}

	SandboxOptions options() {
		return options;
	}

	Instant now() {
		return options.clock().instant();
	}

	long nowMillis() {
		return now().toEpochMilli();
	}

	synchronized <T> T locked(Supplier<T> work) {
		return work.get();
	}

	synchronized void locked(Runnable work) {
		work.run();
	}

	/** Only to be used under the lock. */
	SandboxState state() {
		return state;
	}

	ProjectState project(String projectId) {
		return state.projects.get(projectId);
	}

	void onTransition(String kind, Consumer<ScheduledTransition> handler) {
		transitionHandlers.put(kind, handler);
	}

	void schedule(Duration delay, String kind, String projectId, String resourceId) {
		long from = applyingDueAt != null ? applyingDueAt : nowMillis();
		state.transitions.add(new ScheduledTransition(from + delay.toMillis(), kind, projectId, resourceId));
	}

	void cancelTransitions(String projectId, String resourceId) {
		state.transitions.removeIf(transition -> transition.projectId().equals(projectId)
				&& transition.resourceId().equals(resourceId));
	}

	/** Applies every transition that is due, including those that become due because of another one. */
	synchronized boolean applyDueTransitions() {
		boolean applied = false;
		while (true) {
			ScheduledTransition next = state.transitions.stream()
				.filter(transition -> transition.dueAt() <= nowMillis())
				.min(Comparator.comparingLong(ScheduledTransition::dueAt))
				.orElse(null);
			if (next == null) {
				return applied;
			}
			state.transitions.remove(next);
			if (state.projects.containsKey(next.projectId())) {
				applyingDueAt = next.dueAt();
				try {
					transitionHandlers.get(next.kind()).accept(next);
				}
				finally {
					applyingDueAt = null;
				}
			}
			applied = true;
		}
	}

	/** Queues a callback to every webhook of the project whose triggers include this event (or ALL). */
	void publish(ProjectState project, String trigger, ObjectNode payload, String comment, String bundleId) {
		publishWith(project, trigger, payload, (comment == null) ? Map.of() : Map.of("comment", comment), bundleId);
	}

	/** Queues a callback whose envelope carries fields beside type and payload (a comment, a future category). */
	void publishWith(ProjectState project, String trigger, ObjectNode payload, Map<String, String> envelopeFields,
			String bundleId) {
		ObjectNode envelope = Json.object();
		envelope.put("type", trigger);
		envelope.set("payload", Json.copy(payload));
		envelopeFields.forEach(envelope::put);
		String body = Json.write(envelope);
		for (ObjectNode webhook : project.webhooks.values()) {
			List<String> triggers = Json.strings(webhook.get("triggers"));
			if (triggers.contains(trigger) || triggers.contains("ALL")) {
				DeliveryState delivery = new DeliveryState();
				delivery.id = Ids.hex(16);
				delivery.projectId = project.id;
				delivery.webhookId = Json.text(webhook, "id");
				delivery.target = Json.text(webhook, "target");
				delivery.secret = project.webhookSecrets.get(delivery.webhookId);
				delivery.type = trigger;
				delivery.body = body;
				delivery.bundleId = bundleId;
				delivery.nextAttemptAt = nowMillis();
				if (droppingCallbacks.contains(project.id)) {
					delivery.status = "DROPPED";
				}
				state.deliveries.add(delivery);
			}
		}
		trimDeliveries();
	}

	void dropCallbacks(String projectId, boolean drop) {
		if (drop) {
			droppingCallbacks.add(projectId);
		}
		else {
			droppingCallbacks.remove(projectId);
		}
	}

	void publish(ProjectState project, String trigger, ObjectNode payload) {
		publish(project, trigger, payload, null, null);
	}

	private void trimDeliveries() {
		int excess = state.deliveries.size() - KEPT_DELIVERIES;
		if (excess > 0) {
			List<DeliveryState> finished = new ArrayList<>(state.deliveries.stream()
				.filter(delivery -> !delivery.status.equals("PENDING"))
				.limit(excess)
				.toList());
			state.deliveries.removeAll(finished);
		}
	}

	/** Appends to an audit trail (GET .../activities answers it newest first). */
	void activity(ProjectState project, String key, String type, String comment) {
		activity(project, key, type, comment, comment == null ? "Sinch" : "Provisioning API user");
	}

	/** Appends an entry by the given author, such as a comment Sinch itself writes. */
	void activity(ProjectState project, String key, String type, String comment, String author) {
		ObjectNode notification = Json.object();
		notification.put("type", type);
		notification.put("created", Json.timestamp(now()));
		notification.put("author", author);
		if (comment != null) {
			notification.put("comment", comment);
		}
		project.activities.computeIfAbsent(key, k -> new ArrayList<>()).add(notification);
	}

	synchronized void replaceState(SandboxState replacement) {
		state = replacement;
	}

	synchronized void load() {
		Path file = stateFile();
		if (file != null && Files.isRegularFile(file)) {
			state = Json.MAPPER.readValue(file.toFile(), SandboxState.class);
		}
	}

	/** Saves the state when it is persistent (dev mode); written aside and moved so a crash never leaves half a file. */
	synchronized void save() {
		Path file = stateFile();
		if (file == null) {
			return;
		}
		try {
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling("state.json.tmp");
			Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), state);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path stateFile() {
		return options.stateDirectory() == null ? null : options.stateDirectory().resolve("state.json");
	}

}
