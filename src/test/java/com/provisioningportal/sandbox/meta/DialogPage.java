package com.provisioningportal.sandbox.meta;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.meta.DialogLaunch.Mode;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions.MetaApp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.provisioningportal.sandbox.meta.SignupDialog.html;

/** The dialog's HTML. Every control has a stable id for browser tests; the pages carry no inline script. */
final class DialogPage {

	private static final String STYLE = """
			<style>
			body { font: 15px system-ui, sans-serif; margin: 1.5rem; color: #1c1e21; }
			h1 { font-size: 1.3rem; } h2 { font-size: 1rem; margin-top: 1.4rem; }
			button { margin: .2rem .3rem .2rem 0; padding: .35rem .7rem; }
			pre { background: #f0f2f5; padding: .5rem; white-space: pre-wrap; word-break: break-all; }
			.problem { color: #b00020; }
			</style>
			""";

	private DialogPage() {
	}

	static String steps(DialogLaunch launch, MetaApp app, List<MetaWaba> wabas) {
		StringBuilder page = start("Connect WhatsApp to " + app.name());
		page.append("<p>Meta sandbox: <strong>").append(html(app.name())).append("</strong> (app ")
			.append(html(app.id())).append(") asks to connect your WhatsApp Business Account, Embedded Signup ")
			.append(html(launch.esVersion())).append(", opened as a ")
			.append(launch.mode() == Mode.POPUP ? "popup from " + html(launch.openerOrigin()) : "redirect")
			.append(".</p>\n<details><summary>What the page asked for</summary><pre id=\"launch-details\">")
			.append(html(Json.write(details(launch)))).append("</pre></details>\n");
		page.append("<form method=\"post\" action=\"/dialog/outcome\" id=\"dialog\">\n")
			.append("<input type=\"hidden\" name=\"launch\" value=\"").append(html(launch.id())).append("\">\n")
			.append("<h2>Account</h2>\n<label>Business, WABA and phone number <select name=\"asset\" id=\"asset\">\n");
		for (MetaWaba waba : wabas) {
			if (waba.phoneNumbers().isEmpty()) {
				option(page, waba.id() + "|", waba.name() + " (WABA " + waba.id() + ", business " + waba.businessId()
						+ "), no phone number");
			}
			for (MetaWaba.PhoneNumber number : waba.phoneNumbers()) {
				option(page, waba.id() + "|" + number.id(), waba.name() + " (WABA " + waba.id() + ", business "
						+ waba.businessId() + "): " + number.displayPhoneNumber() + " \"" + number.verifiedName()
						+ "\" (phone number id " + number.id() + ")");
			}
		}
		page.append("</select></label>\n");
		if (wabas.isEmpty()) {
			page.append("<p class=\"problem\" id=\"no-wabas\">The sandbox has no WABA to offer; only cancelling works."
					+ "</p>\n");
		}
		if (launch.mode() == Mode.POPUP) {
			page.append("<h2>Delivery to the opener</h2>\n<label>Order <select name=\"order\" id=\"order\">\n");
			SignupDialog.ORDERS.forEach(order -> option(page, order, order));
			page.append("</select></label>\n<label><input type=\"checkbox\" name=\"duplicate\" value=\"true\" "
					+ "id=\"duplicate\"> send the session info twice</label>\n<label>Milliseconds between messages "
					+ "<input type=\"number\" name=\"gap\" id=\"gap\" value=\"0\" min=\"0\" max=\"60000\"></label>\n");
			if (!launch.sendsSessionInfo()) {
				page.append("<p class=\"problem\" id=\"no-session-info\">Embedded Signup v2 without "
						+ "sessionInfoVersion '3': Meta sends no session info, only the code.</p>\n");
			}
		}
		page.append("<h2>Finish</h2>\n");
		for (Map.Entry<String, String> finish : SignupDialog.FINISHES.entrySet()) {
			button(page, finish.getValue(), finish.getKey(), finish.getKey());
		}
		page.append("<h2>Cancel</h2>\n");
		for (String step : SignupDialog.STEPS) {
			button(page, cancelButtonId(step), SignupDialog.CANCEL_PREFIX + step, "Cancel at " + step);
		}
		page.append("<h2>Report an error</h2>\n<label>error_message <input name=\"error_message\" id=\"error-message\" "
				+ "size=\"60\" value=\"Your verified name violates WhatsApp guidelines. Please edit your verified name "
				+ "and try again.\"></label>\n<label>error_code <input name=\"error_code\" id=\"error-code\" "
				+ "value=\"524126\"></label>\n");
		button(page, "report-error", "ERROR_REPORTED", "Report the error");
		page.append("<h2>Leave</h2>\n");
		button(page, "close-without-event", "CLOSE", "Close the window (no event, no code)");
		page.append("</form>\n");
		return end(page);
	}

	/** The id of the button that cancels at a step, e.g. {@code cancel-phone-number-setup}. */
	static String cancelButtonId(String step) {
		return "cancel-" + step.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static String refused(DialogLaunch launch) {
		StringBuilder page = start("Embedded Signup cannot start");
		page.append("<p>Meta would refuse this launch:</p>\n<ul id=\"launch-problems\">\n");
		launch.problems().forEach(problem -> page.append("<li class=\"problem\">").append(html(problem)).append("</li>\n"));
		page.append("</ul>\n<pre id=\"launch-details\">").append(html(Json.write(details(launch)))).append("</pre>\n");
		if (launch.mode() == Mode.POPUP) {
			page.append("<form method=\"post\" action=\"/dialog/outcome\">\n<input type=\"hidden\" name=\"launch\" value=\"")
				.append(html(launch.id())).append("\">\n");
			button(page, "close-without-event", "CLOSE", "Close the window");
			page.append("</form>\n");
		}
		return end(page);
	}

	static String message(String title, String text) {
		StringBuilder page = start(title);
		page.append("<p id=\"message\">").append(html(text)).append("</p>\n");
		return end(page);
	}

	/** Posts the messages to the opener, one after the other, then closes the popup (see dialog-done.js). */
	static String delivery(List<JsonNode> messages, String targetOrigin, long gapMillis) {
		ObjectNode delivery = Json.object();
		delivery.put("targetOrigin", targetOrigin);
		delivery.put("gapMillis", gapMillis);
		delivery.set("messages", Json.MAPPER.valueToTree(messages));
		StringBuilder page = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<title>Embedded Signup</title><script src=\"/dialog-done.js\" defer></script></head><body>\n");
		page.append("<p id=\"done\">Sending the result to the page that opened this dialog...</p>\n")
			.append("<script type=\"application/json\" id=\"delivery\">")
			.append(Json.write(delivery).replace("</", "<\\/"))
			.append("</script>\n</body></html>\n");
		return page.toString();
	}

	private static ObjectNode details(DialogLaunch launch) {
		ObjectNode details = Json.MAPPER.valueToTree(launch);
		details.remove("id");
		details.remove("at");
		try {
			if (launch.extras() != null) {
				details.set("extras", Json.read(launch.extras()));
			}
		}
		catch (JacksonException ex) {
			// not JSON: shown as the text it was
		}
		return details;
	}

	private static StringBuilder start(String title) {
		return new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
			.append(html(title)).append("</title>\n").append(STYLE).append("</head><body>\n<h1>").append(html(title))
			.append("</h1>\n");
	}

	private static String end(StringBuilder page) {
		return page.append("</body></html>\n").toString();
	}

	private static void option(StringBuilder page, String value, String label) {
		page.append("<option value=\"").append(html(value)).append("\">").append(html(label)).append("</option>\n");
	}

	private static void button(StringBuilder page, String id, String outcome, String label) {
		page.append("<button type=\"submit\" name=\"outcome\" value=\"").append(html(outcome)).append("\" id=\"")
			.append(html(id)).append("\">").append(html(label)).append("</button>\n");
	}

}
