package com.provisioningportal.portal.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An onboarder adds, changes and deletes a webhook in a real browser, sees the generated secret once, and an auditor
 * then finds each change with its before and after, and the secret nowhere in the audit log.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class WebhookPagesBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	WebDriverWait wait;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anOnboarderAddsChangesAndDeletesAWebhookAndAnAuditorSeesEachChange() {
		SandboxProject project = ProjectFixtures.register(context,
				TestSandbox.get().addProject("Browser webhooks " + UUID.randomUUID()), "browser-webhooks-secret");
		String list = "http://localhost:" + port + "/projects/" + project.id() + "/webhooks";
		String target = "https://hooks.example.com/browser/" + UUID.randomUUID();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		signIn("onboarder");

		browser.get(list);
		assertThat(browser.findElement(By.cssSelector(".empty-state")).getText()).contains("No webhooks yet");
		click(By.linkText("Add a webhook"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Add a webhook"));
		assertThat(browser.findElement(By.id("family-whatsapp-sender")).getText()).contains("WhatsApp sender: 11 events");
		browser.findElement(By.id("target")).sendKeys(target);
		click(By.id("trigger-WHATSAPP_SENDER_ACTIVE"));
		click(By.id("trigger-BUNDLE_DONE"));
		click(By.id("save-webhook"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("webhook-secret")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
			.contains("Webhook created. Sinch will call " + target + " for 2 events.");
		String secret = browser.findElement(By.id("webhook-secret")).getDomProperty("value");
		assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
		browser.executeCdpCommand("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		click(By.id("copy-secret"));
		wait.until(ExpectedConditions.textToBe(By.id("copy-secret"), "Copied"));
		assertThat(browser.executeAsyncScript(
				"var done = arguments[0]; navigator.clipboard.readText().then(done, function () { done(null); });"))
			.isEqualTo(secret);
		click(By.id("secret-done"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("webhooks")));
		assertThat(browser.getPageSource()).contains(target).doesNotContain(secret);
		assertThat(browser.findElement(By.id("webhooks")).getText()).contains("2 events: Bundles 1, WhatsApp sender 1");
		click(By.linkText(target));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("webhook-form")));
		assertThat(browser.getPageSource()).doesNotContain(secret);
		assertThat(browser.findElement(By.id("secret-status")).getText()).contains("by onboarder");

		click(By.id("trigger-BUNDLE_DONE"));
		click(By.id("trigger-WHATSAPP_TEMPLATE_APPROVED"));
		click(By.id("save-webhook"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
			.contains("Webhook saved. Sinch will call " + target + " for 2 events.");
		assertThat(browser.findElement(By.id("webhooks")).getText()).contains("2 events: WhatsApp sender 1, WhatsApp template 1");

		click(By.linkText(target));
		WebElement confirmation = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
		WebElement delete = browser.findElement(By.cssSelector("#delete-webhook .confirm-submit"));
		assertThat(delete.isEnabled()).isFalse();
		confirmation.sendKeys(target);
		click(By.cssSelector("#delete-webhook .confirm-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
				"Webhook deleted. Sinch no longer calls " + target + "."));
		assertThat(browser.findElement(By.cssSelector(".empty-state")).getText()).contains("No webhooks yet");

		assertThat(auditRows(project.id(), "action || ' ' || phase")).containsExactly("WEBHOOK_CREATE ATTEMPT",
				"WEBHOOK_CREATE SUCCEEDED", "WEBHOOK_UPDATE ATTEMPT", "WEBHOOK_UPDATE SUCCEEDED", "WEBHOOK_DELETE ATTEMPT",
				"WEBHOOK_DELETE SUCCEEDED");
		assertThat(String.join("\n", auditRows(project.id(), "e::text"))).as("every column of every webhook audit row")
			.doesNotContain(secret)
			.contains("secret set (generated by the portal)");
		long update = auditId(project.id(), "WEBHOOK_UPDATE");
		assertThat(jdbc.sql("select before::text from audit_event where id = ?").param(update).query(String.class).single())
			.contains("BUNDLE_DONE");
		assertThat(jdbc.sql("select after::text from audit_event where id = ?").param(update).query(String.class).single())
			.contains("WHATSAPP_TEMPLATE_APPROVED")
			.doesNotContain("BUNDLE_DONE");

		signOut();
		signIn("auditor");
		for (String action : List.of("WEBHOOK_CREATE", "WEBHOOK_UPDATE", "WEBHOOK_DELETE")) {
			browser.get("http://localhost:" + port + "/audit/" + auditId(project.id(), action));
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Before and after"));
			assertThat(browser.getPageSource()).contains(action).doesNotContain(secret);
		}
		browser.get("http://localhost:" + port + "/audit/" + update);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Before and after"));
		String diff = browser.findElement(By.tagName("main")).getText();
		assertThat(diff).contains("BUNDLE_DONE").contains("WHATSAPP_TEMPLATE_APPROVED");
		signOut();
	}

	/** Bootstrap scrolls smoothly; a click must wait until the element has arrived where it is clicked. */
	private void click(By locator) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private void signIn(String user) {
		Browser.signIn(browser, wait, "http://localhost:" + port, user);
	}

	private void signOut() {
		click(By.xpath("//button[normalize-space()='Sign out']"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
	}

	private List<String> auditRows(String projectId, String column) {
		return jdbc.sql("select " + column + " from audit_event e where project_id = ? and action like 'WEBHOOK_%' order by id")
			.param(projectId)
			.query(String.class)
			.list();
	}

	private long auditId(String projectId, String action) {
		return jdbc.sql("select id from audit_event where project_id = ? and action = ? and phase = 'SUCCEEDED'")
			.param(projectId)
			.param(action)
			.query(Long.class)
			.single();
	}

}
