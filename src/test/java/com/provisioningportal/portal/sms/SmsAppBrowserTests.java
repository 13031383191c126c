package com.provisioningportal.portal.sms;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMS app journeys in a real browser: a new SMS app with a new Conversation app, followed until Sinch is done
 * without a reload; a standalone SMS app linked to an existing Conversation app; rename and delete; and what the
 * audit log shows of each.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class SmsAppBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

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

	@BeforeEach
	void projectHearingFromSinch() {
		project = TestSandbox.get().addProject("Browser SMS " + UUID.randomUUID());
		String secret = "browser-" + UUID.randomUUID();
		new SandboxClient(TestSandbox.get()).post(project, "/webhooks", """
				{"target": "http://localhost:%d/callbacks/sinch/%s", "secret": "%s", "triggers": ["ALL"]}
				""".formatted(port, project.id(), secret));
		ProjectFixtures.register(context, project, secret);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void signOut() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void aNewSmsAppWithAConversationAppIsFollowedUntilDoneWithoutAReload() {
		signIn("onboarder");
		browser.get(url("/projects/" + project.id() + "/sms/apps"));
		browser.findElement(By.id("new-sms-app")).click();
		browser.findElement(By.id("way-bundle")).click();
		new Select(browser.findElement(By.id("region"))).selectByValue("EU");
		browser.findElement(By.id("name")).sendKeys("Shop alerts");
		click(By.id("create-bundle"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bundle-progress[data-state='IN_PROGRESS']")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Sinch is setting up SMS app Shop alerts");
		browser.executeScript("window.stillTheSamePage = true;");

		TestSandbox.get().advance(Duration.ofMinutes(1));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bundle-progress[data-state='DONE']")));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		assertThat(browser.findElement(By.id("bundle-done")).getText()).contains("SMS app id", "Conversation app id");
		String bundleId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
		assertThat(jdbc.sql("select state from watched_status where kind = 'bundle' and resource_id = ?").param(bundleId)
			.query(String.class).single()).isEqualTo("DONE");

		browser.findElement(By.id("open-sms-app")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sms-app-name"), "Shop alerts"));
		assertThat(browser.findElement(By.id("made-by")).getText()).contains(bundleId);
		String smsAppId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);

		renameAndDelete("Shop alerts", "Shop alerts EU");

		assertThat(audit()).containsExactly("SMS_BUNDLE_CREATE ATTEMPT", "SMS_BUNDLE_CREATE SUCCEEDED", "SMS_APP_RENAME ATTEMPT",
				"SMS_APP_RENAME SUCCEEDED", "SMS_APP_DELETE ATTEMPT", "SMS_APP_DELETE SUCCEEDED");
		assertThat(jdbc.sql("select after->>'smsAppId' from audit_event where project_id = ? and action = 'SMS_BUNDLE_CREATE' and phase = 'SUCCEEDED'")
			.param(project.id()).query(String.class).single()).isEqualTo(smsAppId);
		theAuditorSeesTheRenameBeforeAndAfter("Shop alerts", "Shop alerts EU");
	}

	@Test
	void aStandaloneSmsAppIsLinkedToAnExistingConversationApp() {
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		String bundle = sinch.post(project, "/bundles", "{\"name\": \"Chat\", \"region\": \"US\", \"convApp\": true}").json().path("id").asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		String convAppId = sinch.get(project, "/bundles/" + bundle).json().path("convApp").path("id").asString();

		signIn("onboarder");
		browser.get(url("/projects/" + project.id() + "/sms/apps/new"));
		browser.findElement(By.id("way-standalone")).click();
		browser.findElement(By.id("name")).sendKeys("Reminders");
		new Select(browser.findElement(By.id("region"))).selectByValue("US");
		browser.findElement(By.id("conversationAppId")).sendKeys(convAppId);
		click(By.id("create-sms-app"));

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sms-app-name"), "Reminders"));
		assertThat(browser.findElement(By.id("conversation-app")).getText()).contains(convAppId);
		assertThat(browser.findElement(By.id("made-by")).getText()).contains("Created on its own");
		String smsAppId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
		assertThat(sinch.get(project, "/sms/smsApps/" + smsAppId).json().path("conversationApiAppDetails").path("id").asString())
			.isEqualTo(convAppId);

		renameAndDelete("Reminders", "Reminders US");

		assertThat(audit()).containsExactly("SMS_APP_CREATE ATTEMPT", "SMS_APP_CREATE SUCCEEDED", "SMS_APP_RENAME ATTEMPT",
				"SMS_APP_RENAME SUCCEEDED", "SMS_APP_DELETE ATTEMPT", "SMS_APP_DELETE SUCCEEDED");
		assertThat(jdbc.sql("select after->>'conversationAppId' from audit_event where project_id = ? and action = 'SMS_APP_CREATE' and phase = 'SUCCEEDED'")
			.param(project.id()).query(String.class).single()).isEqualTo(convAppId);
		theAuditorSeesTheRenameBeforeAndAfter("Reminders", "Reminders US");
	}

	private void renameAndDelete(String name, String newName) {
		browser.findElement(By.cssSelector("form[action$='/rename'] #name")).clear();
		browser.findElement(By.cssSelector("form[action$='/rename'] #name")).sendKeys(newName);
		click(By.id("rename"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sms-app-name"), newName));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("SMS app renamed from " + name + " to " + newName + ".");

		browser.findElement(By.id("confirmation")).sendKeys(newName);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".confirm-submit")));
		click(By.cssSelector(".confirm-submit"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "SMS app " + newName + " deleted."));
		assertThat(browser.findElements(By.cssSelector("[data-sms-app-id]"))).isEmpty();
	}

	private void theAuditorSeesTheRenameBeforeAndAfter(String name, String newName) {
		long renamed = jdbc.sql("select id from audit_event where project_id = ? and action = 'SMS_APP_RENAME' and phase = 'SUCCEEDED'")
			.param(project.id()).query(Long.class).single();
		browser.manage().deleteAllCookies();
		signIn("auditor");
		browser.get(url("/audit/" + renamed));
		String entry = browser.findElement(By.tagName("main")).getText();
		assertThat(entry).contains("SMS_APP_RENAME", name, newName);
	}

	/** Clicks like a person who scrolled the element into the middle of the window first, clear of the edges. */
	private void click(By by) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.findElement(by));
		browser.findElement(by).click();
	}

	private void signIn(String user) {
		Browser.signIn(browser, wait, "http://localhost:" + port, user);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private List<String> audit() {
		return jdbc.sql("select action || ' ' || phase from audit_event where project_id = ? and action like 'SMS_%' order by id")
			.param(project.id())
			.query(String.class)
			.list();
	}

}
