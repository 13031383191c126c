package com.provisioningportal.sandbox.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.testsupport.Browser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK and the dialog in a real browser: a page on its own loopback origin, under a strict Content-Security-Policy,
 * loads /sdk.js, calls FB.login in a click and lists the callback and every message event it receives.
 */
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class EmbeddedSignupBrowserTests extends MetaSandboxTestSupport {

	static WebDriver browser;

	static HttpServer pageServer;

	private WebDriverWait wait;

	private MetaWaba waba;

	@BeforeAll
	static void startBrowserAndPage() throws IOException {
		pageServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		pageServer.createContext("/", EmbeddedSignupBrowserTests::servePage);
		pageServer.start();
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowserAndPage() {
		if (browser != null) {
			browser.quit();
		}
		pageServer.stop(0);
	}

	@BeforeEach
	void openThePage() {
		waba = meta.addWaba("Shop", 1);
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get(pageOrigin() + "/");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("connect")));
	}

	/** "localhost" rather than the sandbox's 127.0.0.1: another origin, as the portal is to Meta. */
	private static String pageOrigin() {
		return "http://localhost:" + pageServer.getAddress().getPort();
	}

	@Test
	void aFinishGivesTheCallbackACodeAndThePageTheSessionInfo() {
		String page = browser.getWindowHandle();
		browser.findElement(By.id("connect")).click();
		switchToPopup(page);
		new Select(browser.findElement(By.id("order"))).selectByValue("session-first");
		browser.findElement(By.id("finish")).click();
		backTo(page);

		JsonNode callback = callback();
		List<JsonNode> sessions = sessionMessages();

		assertThat(callback.path("status").asString()).isEqualTo("connected");
		String code = callback.path("authResponse").path("code").asString();
		assertThat(meta.codes()).singleElement().satisfies(issued -> assertThat(issued.code()).isEqualTo(code));
		assertThat(sessions).singleElement().satisfies(session -> {
			assertThat(session.path("event").asString()).isEqualTo("FINISH");
			assertThat(session.path("data").path("waba_id").asString()).isEqualTo(waba.id());
			assertThat(session.path("data").path("phone_number_id").asString())
				.isEqualTo(waba.phoneNumbers().get(0).id());
			assertThat(session.path("data").path("business_id").asString()).isEqualTo(waba.businessId());
			assertThat(session.path("version").asInt()).isEqualTo(3);
		});
		assertThat(logClasses()).as("session info first, then the callback").containsSubsequence("session", "callback");
		assertThat(exchange(code).status()).isEqualTo(200);
		assertThat(meta.launches()).singleElement().satisfies(launch -> {
			assertThat(launch.valid()).as(String.valueOf(launch.problems())).isTrue();
			assertThat(launch.openerOrigin()).isEqualTo(pageOrigin());
			assertThat(Json.read(launch.extras())).isEqualTo(Json.read(extras()));
		});
		assertNoConsoleErrors();
	}

	@Test
	void aCancelGivesTheCallbackNoCodeAndThePageTheStep() {
		String page = browser.getWindowHandle();
		browser.findElement(By.id("connect")).click();
		switchToPopup(page);
		browser.findElement(By.id("cancel-phone-number-verification")).click();
		backTo(page);

		JsonNode callback = callback();

		assertThat(callback.path("status").asString()).isEqualTo("unknown");
		assertThat(callback.path("authResponse").isNull()).isTrue();
		assertThat(sessionMessages()).singleElement().satisfies(session -> {
			assertThat(session.path("event").asString()).isEqualTo("CANCEL");
			assertThat(session.path("data").path("current_step").asString()).isEqualTo("PHONE_NUMBER_VERIFICATION");
		});
		assertThat(meta.codes()).isEmpty();
		assertNoConsoleErrors();
	}

	@Test
	void theForeignOriginsLookAlikesCarryItsOwnOrigin() {
		String page = browser.getWindowHandle();
		browser.findElement(By.id("open-foreign")).click();
		wait.until(driver -> !browser.findElements(By.cssSelector("li.message")).isEmpty());

		WebElement forged = browser.findElement(By.cssSelector("li.message"));

		assertThat(forged.getAttribute("data-origin")).isEqualTo(meta.foreignOrigin());
		assertThat(Json.read(forged.getText()).path("type").asString()).isEqualTo("WA_EMBEDDED_SIGNUP");
		for (String handle : browser.getWindowHandles()) {
			if (!handle.equals(page)) {
				browser.switchTo().window(handle).close();
			}
		}
		browser.switchTo().window(page);
	}

	private void switchToPopup(String page) {
		wait.until(ExpectedConditions.numberOfWindowsToBe(2));
		browser.getWindowHandles()
			.stream()
			.filter(handle -> !handle.equals(page))
			.findFirst()
			.ifPresent(handle -> browser.switchTo().window(handle));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dialog")));
	}

	/** The popup closes itself once it has posted its messages. */
	private void backTo(String page) {
		wait.until(ExpectedConditions.numberOfWindowsToBe(1));
		browser.switchTo().window(page);
	}

	private JsonNode callback() {
		WebElement callback = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.callback")));
		return Json.read(callback.getText());
	}

	/** The page's messages from Meta's origin that are session info (JSON strings of type WA_EMBEDDED_SIGNUP). */
	private List<JsonNode> sessionMessages() {
		return browser.findElements(By.cssSelector("li.message"))
			.stream()
			.filter(item -> meta.origin().equals(item.getAttribute("data-origin")))
			.map(WebElement::getText)
			.filter(text -> text.startsWith("{\"type\":\"WA_EMBEDDED_SIGNUP\""))
			.map(Json::read)
			.toList();
	}

	/** The log in order: "session" for session info, "sdk" for the SDK's own message, "callback". */
	private List<String> logClasses() {
		return browser.findElements(By.cssSelector("#log li")).stream().map(item -> {
			if (item.getAttribute("class").equals("callback")) {
				return "callback";
			}
			return item.getText().contains("WA_EMBEDDED_SIGNUP") ? "session" : "sdk";
		}).toList();
	}

	private static void assertNoConsoleErrors() {
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("console errors, such as scripts the Content-Security-Policy refused")
			.noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
	}

	private static void servePage(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		byte[] body;
		if (path.equals("/page.js")) {
			try (InputStream in = EmbeddedSignupBrowserTests.class.getResourceAsStream("browser/page.js")) {
				body = in.readAllBytes();
			}
			exchange.getResponseHeaders().add("Content-Type", "text/javascript; charset=utf-8");
		}
		else if (path.equals("/")) {
			body = pageHtml().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			// What the portal will allow: its own scripts, the SDK's origin, and nothing inline.
			exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; script-src 'self' "
					+ meta.origin() + "; connect-src 'self'; frame-src " + meta.origin() + "; base-uri 'none'");
		}
		else {
			exchange.sendResponseHeaders(path.equals("/favicon.ico") ? 204 : 404, -1);
			exchange.close();
			return;
		}
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
		exchange.close();
	}

	private static String pageHtml() {
		ObjectNode config = Json.object();
		config.put("appId", meta.app().id());
		config.put("version", VERSION);
		config.put("configId", meta.app().configId());
		config.set("extras", Json.read(extras()));
		config.put("foreignUrl", meta.foreignOrigin() + "/?post=finish");
		return """
				<!doctype html>
				<html lang="en"><head><meta charset="utf-8"><title>Embedded Signup test page</title>
				<script type="application/json" id="config">%s</script>
				</head><body>
				<button type="button" id="connect" disabled>Connect WhatsApp</button>
				<button type="button" id="open-foreign">Open the foreign page</button>
				<ol id="log"></ol>
				<script src="/page.js"></script>
				<script async defer crossorigin="anonymous" src="%s"></script>
				</body></html>
				""".formatted(Json.write(config), meta.sdkUrl());
	}

}
