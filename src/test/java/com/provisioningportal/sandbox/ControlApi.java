package com.provisioningportal.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.springframework.web.util.HtmlUtils;

/**
 * The sandbox's own endpoints under /_sandbox (never recorded, never faulted): a small control page for dev
 * mode and JSON endpoints to set faults, inspect requests and deliveries, and move due work along.
 */
final class ControlApi {

	private static final int SHOWN_ON_PAGE = 30;

	private final SinchSandbox sandbox;

	ControlApi(SinchSandbox sandbox) {
		this.sandbox = sandbox;
	}

	void register(Router router) {
		router.add("GET", "/_sandbox", request -> SandboxResponse.html(page()))
			.add("GET", "/_sandbox/faults", request -> SandboxResponse.ok(Json.MAPPER.valueToTree(sandbox.faults().list())))
			.add("POST", "/_sandbox/faults", this::addFault)
			.add("DELETE", "/_sandbox/faults", request -> {
				sandbox.faults().clear();
				return SandboxResponse.noContent();
			})
			.add("POST", "/_sandbox/faults/clear", request -> {
				sandbox.faults().clear();
				return backToPage();
			})
			.add("GET", "/_sandbox/requests", request -> SandboxResponse.ok(Json.MAPPER.valueToTree(sandbox.requests())))
			.add("GET", "/_sandbox/deliveries",
					request -> SandboxResponse.ok(Json.MAPPER.valueToTree(sandbox.deliveries())))
			.add("POST", "/_sandbox/meta-changes", this::metaChange)
			.add("POST", "/_sandbox/rcs-decisions", this::rcsDecision)
			.add("POST", "/_sandbox/tick", request -> {
				sandbox.tick();
				return SandboxResponse.noContent();
			});
	}

	/**
	 * Something Meta changes on its own, from the page's form or as JSON: {@code {"projectId", "change", "value"}} with
	 * {@code senderId} for {@code SENDER_QUALITY}, {@code name} and {@code language} for the {@code TEMPLATE_*} changes.
	 */
	private SandboxResponse metaChange(SandboxRequest request) {
		Map<String, String> fields = fields(request);
		String projectId = fields.get("projectId");
		String value = blankToNull(fields.get("value"));
		String name = blankToNull(fields.get("name"));
		String language = blankToNull(fields.get("language"));
		try {
			switch (String.valueOf(fields.get("change"))) {
				case "SENDER_QUALITY" -> sandbox.metaChangesSenderQuality(projectId, fields.get("senderId"), value);
				case "DAILY_LIMIT" -> sandbox.metaChangesDailyLimit(projectId, value);
				case "WABA_BAN" -> sandbox.metaChangesWabaBan(projectId, value);
				case "TEMPLATE_QUALITY" -> sandbox.metaChangesTemplateQuality(projectId, name, language, value);
				case "TEMPLATE_CATEGORY" -> sandbox.metaChangesTemplateCategory(projectId, name, language, value);
				case "TEMPLATE_FUTURE_CATEGORY" -> sandbox.metaAnnouncesTemplateCategory(projectId, name, language, value);
				default -> throw new IllegalArgumentException("unknown change");
			}
		}
		catch (RuntimeException ex) {
			throw new PapiException(400, "invalid_input", "Invalid Meta change: " + ex.getMessage(),
					"Give projectId, change (SENDER_QUALITY, DAILY_LIMIT, WABA_BAN, TEMPLATE_QUALITY, TEMPLATE_CATEGORY, "
							+ "TEMPLATE_FUTURE_CATEGORY), value and the resource.");
		}
		return isForm(request) ? backToPage() : SandboxResponse.noContent();
	}

	/**
	 * Operators of a launching RCS sender decide now, from the page's form or as JSON: {@code {"projectId",
	 * "senderId", "country", "status"}} with {@code operator} (else every pending one of the country) and, for
	 * {@code REJECTED}, {@code remark}. JSON clients get the sender back.
	 */
	private SandboxResponse rcsDecision(SandboxRequest request) {
		Map<String, String> fields = fields(request);
		JsonNode sender = sandbox.rcsOperatorsDecide(blankToNull(fields.get("projectId")),
				blankToNull(fields.get("senderId")), blankToNull(fields.get("country")), blankToNull(fields.get("operator")),
				blankToNull(fields.get("status")), blankToNull(fields.get("remark")));
		return isForm(request) ? backToPage() : SandboxResponse.ok(sender);
	}

	/** Accepts the page's form or a JSON object with the same fields (pathPattern, kind, ...). */
	private SandboxResponse addFault(SandboxRequest request) {
		Map<String, String> fields = fields(request);
		FaultRule rule;
		try {
			rule = new FaultRule(blankToNull(fields.get("method")), fields.get("pathPattern"),
					FaultRule.Kind.valueOf(fields.get("kind")),
					Duration.ofMillis(Long.parseLong(orDefault(fields.get("latencyMillis"), "0"))),
					Integer.parseInt(orDefault(fields.get("status"), defaultStatus(fields.get("kind")))),
					orDefault(fields.get("retryAfter"), "1"), Integer.parseInt(orDefault(fields.get("times"), "0")));
			sandbox.faults().add(rule);
		}
		catch (RuntimeException ex) {
			throw new PapiException(400, "invalid_input", "Invalid fault: " + ex.getMessage(),
					"Give pathPattern, kind and the kind's value.");
		}
		return isForm(request) ? backToPage() : SandboxResponse.created(Json.MAPPER.valueToTree(rule));
	}

	private static boolean isForm(SandboxRequest request) {
		return String.valueOf(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
	}

	/** The control page's forms and JSON clients send the same fields. */
	private static Map<String, String> fields(SandboxRequest request) {
		return isForm(request) ? firstValues(SandboxRequest.parseForm(request.bodyText()))
				: Json.MAPPER.convertValue(request.jsonObject(),
						Json.MAPPER.getTypeFactory().constructMapType(Map.class, String.class, String.class));
	}

	private static String defaultStatus(String kind) {
		return switch (String.valueOf(kind)) {
			case "TOO_MANY_REQUESTS" -> "429";
			case "STATUS" -> "503";
			default -> "0";
		};
	}

	private static Map<String, String> firstValues(Map<String, List<String>> form) {
		return form.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get(0)));
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static SandboxResponse backToPage() {
		return new SandboxResponse(303, Map.of("Location", "/_sandbox"), new byte[0]);
	}

	private String page() {
		StringBuilder html = new StringBuilder("""
				<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sinch sandbox</title>
				<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}
				td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}code{font-size:12px}
				form.inline{display:inline}label{display:inline-block;margin-right:.8rem}</style></head><body>
				<h1>Sinch sandbox</h1>
				""");
		html.append("<p>Provisioning API and token endpoint at <code>").append(sandbox.baseUrl())
			.append("</code>, token URL <code>").append(sandbox.tokenUrl()).append("</code>. See docs/sandbox.md.</p>");
		html.append("<h2>Projects</h2><table><tr><th>Project id</th><th>Name</th><th>Key ID</th><th>Key secret</th></tr>");
		for (SandboxProject project : sandbox.projects()) {
			html.append("<tr><td><code>").append(escape(project.id())).append("</code></td><td>")
				.append(escape(project.name())).append("</td><td><code>").append(escape(project.keyId()))
				.append("</code></td><td><code>").append(escape(project.keySecret())).append("</code></td></tr>");
		}
		html.append("</table><h2>Faults</h2><table><tr><th>Method</th><th>Path pattern</th><th>Kind</th><th>Value</th><th>Times</th></tr>");
		for (FaultRule rule : sandbox.faults().list()) {
			html.append("<tr><td>").append(rule.method() == null ? "any" : escape(rule.method())).append("</td><td><code>")
				.append(escape(rule.pathPattern())).append("</code></td><td>").append(rule.kind()).append("</td><td>")
				.append(escape(faultValue(rule))).append("</td><td>")
				.append(rule.times() == 0 ? "until removed" : rule.times()).append("</td></tr>");
		}
		html.append("""
				</table>
				<form method="post" action="/_sandbox/faults">
				<label>Method <input name="method" size="6" placeholder="any"></label>
				<label>Path pattern <input name="pathPattern" required value="/v1/projects/**"></label>
				<label>Kind <select name="kind">
				<option>LATENCY</option><option>TOO_MANY_REQUESTS</option><option>STATUS</option>
				<option>CONNECTION_RESET</option><option>RESET_AFTER_ACTING</option><option>NO_ANSWER</option><option>MALFORMED_JSON</option>
				<option>NEWER_VERSION</option></select></label>
				<label>Latency ms <input name="latencyMillis" size="6"></label>
				<label>Status <input name="status" size="4" placeholder="503"></label>
				<label>Retry-After <input name="retryAfter" size="10" placeholder="seconds or date"></label>
				<label>Times <input name="times" size="3" placeholder="all"></label>
				<button>Add fault</button></form>
				<form method="post" action="/_sandbox/faults/clear"><button>Remove all faults</button></form>
				<h2>What Meta changes later</h2>
				<p>Applies a change Meta makes on its own and sends Sinch's callback for it (see docs/sandbox.md).</p>
				<form method="post" action="/_sandbox/meta-changes">
				<label>Project id <input name="projectId" required size="36"></label>
				<label>Change <select name="change">
				<option>SENDER_QUALITY</option><option>DAILY_LIMIT</option><option>WABA_BAN</option>
				<option>TEMPLATE_QUALITY</option><option>TEMPLATE_CATEGORY</option><option>TEMPLATE_FUTURE_CATEGORY</option>
				</select></label>
				<label>Value <input name="value" required placeholder="YELLOW, TIER_10K, DISABLE, ..."></label>
				<label>Sender id <input name="senderId" size="36" placeholder="for SENDER_QUALITY"></label>
				<label>Template name <input name="name" placeholder="for TEMPLATE_*"></label>
				<label>Language <input name="language" size="6" placeholder="EN"></label>
				<button>Apply Meta's change</button></form>
				<h2>RCS operators decide now</h2>
				<p>Makes an operator of a launching RCS sender, or every pending operator of a country, decide at once,
				whatever the brand name says, and queues the callbacks a step of the launch sends (see docs/sandbox.md).</p>
				""");
		appendLaunches(html);
		html.append("""
				<form method="post" action="/_sandbox/rcs-decisions">
				<label>Project id <input name="projectId" required size="36"></label>
				<label>Sender id <input name="senderId" required size="36"></label>
				<label>Country <input name="country" required size="3" placeholder="FR"></label>
				<label>Operator <input name="operator" placeholder="every pending one"></label>
				<label>Status <select name="status"><option>LAUNCHED</option><option>REJECTED</option></select></label>
				<label>Remark <input name="remark" size="40" placeholder="for REJECTED; else the sandbox's"></label>
				<button>Decide now</button></form>
				""");
		html.append("<h2>Recent requests</h2><table><tr><th>At</th><th>Request</th><th>Status</th></tr>");
		List<RecordedRequest> requests = sandbox.requests();
		for (RecordedRequest request : newestFirst(requests)) {
			html.append("<tr><td>").append(request.at()).append("</td><td><code>").append(escape(request.method()))
				.append(' ').append(escape(request.path()))
				.append(request.query() == null ? "" : "?" + escape(request.query())).append("</code></td><td>")
				.append(request.status()).append("</td></tr>");
		}
		html.append("</table><h2>Recent callbacks</h2><table><tr><th>Type</th><th>Target</th><th>Status</th><th>Attempts</th></tr>");
		List<CallbackDelivery> deliveries = sandbox.deliveries();
		for (CallbackDelivery delivery : newestFirst(deliveries)) {
			html.append("<tr><td>").append(escape(delivery.type())).append("</td><td><code>")
				.append(escape(delivery.target())).append("</code></td><td>").append(delivery.status())
				.append("</td><td>").append(delivery.attempts().size()).append("</td></tr>");
		}
		return html.append("</table></body></html>").toString();
	}

	/** The senders an operator can still decide for, with the operators still pending in each country. */
	private void appendLaunches(StringBuilder html) {
		html.append("<table><tr><th>Project id</th><th>Sender id</th><th>Brand</th><th>Still pending</th></tr>");
		for (SandboxProject project : sandbox.projects()) {
			for (JsonNode sender : sandbox.resources(project.id()).path("rcsSenders")) {
				if (!"LAUNCHING".equals(Json.text(sender, "state"))) {
					continue;
				}
				List<String> pending = new ArrayList<>();
				for (JsonNode country : sender.path("countryStatus")) {
					for (JsonNode operator : country.path("operators")) {
						if ("PENDING".equals(Json.text(operator, "status"))) {
							pending.add(Json.text(country, "country") + " " + Json.text(operator, "name"));
						}
					}
				}
				html.append("<tr><td><code>").append(escape(project.id())).append("</code></td><td><code>")
					.append(escape(Json.text(sender, "id"))).append("</code></td><td>")
					.append(escape(Json.text(sender.path("details").path("brand"), "name"))).append("</td><td>")
					.append(escape(String.join(", ", pending))).append("</td></tr>");
			}
		}
		html.append("</table>");
	}

	private static String faultValue(FaultRule rule) {
		return switch (rule.kind()) {
			case LATENCY -> rule.latency().toMillis() + " ms";
			case TOO_MANY_REQUESTS -> "Retry-After: " + rule.retryAfter();
			case STATUS -> String.valueOf(rule.status());
			default -> "";
		};
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(String.valueOf(text));
	}

	private static <T> List<T> newestFirst(List<T> items) {
		List<T> newest = new ArrayList<>(items.subList(Math.max(0, items.size() - SHOWN_ON_PAGE), items.size()));
		Collections.reverse(newest);
		return newest;
	}

}
