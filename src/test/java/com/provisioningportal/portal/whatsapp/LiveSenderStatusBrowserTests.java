package com.provisioningportal.portal.whatsapp;

import java.time.Duration;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A sender Sinch is still setting up: its open page, and the open list, turn Active by themselves when Sinch finishes. */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class LiveSenderStatusBrowserTests {

	private static final java.util.concurrent.atomic.AtomicLong PHONE = new java.util.concurrent.atomic.AtomicLong(
			System.nanoTime() % 1_000_000_000L);

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	void theSendersStateChangesOnTheOpenPageWithoutAReload() {
		SandboxProject project = project();
		String senderId = settingUpSender(project);
		WebDriverWait wait = signIn();

		browser.get("http://localhost:" + port + "/projects/" + project.id() + "/whatsapp/senders/" + senderId);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sender-status [data-state='IN_PROGRESS']")));
		browser.executeScript("window.stillTheSamePage = true;");

		TestSandbox.get().advance(Duration.ofMinutes(1));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sender-status [data-state='ACTIVE']")));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		assertThat(browser.findElement(By.id("sender-status")).getAttribute("hx-get")).isNull();
	}

	@Test
	void theOpenListShowsASenderTurnActiveAndKeepsItsQuickFilter() {
		SandboxProject project = project();
		String alreadyActive = settingUpSender(project);
		String other = settingUpSender(project);
		TestSandbox.get().advance(Duration.ofMinutes(1));
		String stillSettingUp = settingUpSender(project);
		WebDriverWait wait = signIn();

		browser.get("http://localhost:" + port + "/projects/" + project.id() + "/whatsapp/senders");
		By row = By.cssSelector("tr[data-sender-id='" + stillSettingUp + "']");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-sender-id='" + stillSettingUp + "'] [data-state='IN_PROGRESS']")));
		String number = browser.findElement(row).findElements(By.tagName("td")).get(1).getText();
		browser.findElement(By.id("quick-filter")).sendKeys(number);
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-sender-id='" + other + "']")));
		browser.executeScript("window.stillTheSamePage = true;");

		TestSandbox.get().advance(Duration.ofMinutes(1));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-sender-id='" + stillSettingUp + "'] [data-state='ACTIVE']")));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		assertThat(browser.findElement(By.cssSelector("tr[data-sender-id='" + alreadyActive + "']")).isDisplayed()).isFalse();
		assertThat(browser.findElement(row).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("sender-rows")).getAttribute("hx-get")).isNull();
	}

	private SandboxProject project() {
		return ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Live " + UUID.randomUUID()),
				"live-secret");
	}

	private static String settingUpSender(SandboxProject project) {
		String wabaId = TestSandbox.get().resources(project.id()).path("account").path("wabaId").asString();
		return new SandboxClient(TestSandbox.get()).post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%d", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, 20_000_000_000L + PHONE.incrementAndGet())).json().path("id").asString();
	}

	private WebDriverWait signIn() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("onboarder");
		browser.findElement(By.id("password")).sendKeys("onboarder");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
		return wait;
	}

}
