package com.provisioningportal.portal.whatsapp.signup;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.meta.MetaSandbox;
import com.provisioningportal.sandbox.meta.MetaWaba;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import com.provisioningportal.testsupport.TestMetaSandbox;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedded Signup end to end in Chromium, against the Sinch and Meta sandboxes over real HTTP: the customer's link,
 * the popup in every outcome, the redirect flow, and the attempt turning live without a reload.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class SignupBrowserTests {

	static ChromeDriver specialist;

	private final MetaSandbox meta = TestMetaSandbox.get();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	MetaWaba waba;

	WebDriverWait wait;

	@BeforeAll
	static void startBrowser() {
		specialist = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (specialist != null) {
			specialist.quit();
		}
	}

	@BeforeEach
	void projectCustomerAndSignedInSpecialist() {
		project = TestSandbox.get().addProject("Browser signup " + UUID.randomUUID());
		String secret = "browser-signup-" + UUID.randomUUID();
		new SandboxClient(TestSandbox.get()).post(project, "/webhooks", """
				{"target": "http://localhost:%d/callbacks/sinch/%s", "secret": "%s", "triggers": ["ALL"]}
				""".formatted(port, project.id(), secret));
		ProjectFixtures.register(context, project, secret);
		waba = meta.addWaba("Travel " + project.id().substring(0, 6), 2);
		wait = wait(specialist);
		specialist.get(url("/"));
		if (!specialist.findElements(By.id("username")).isEmpty()) {
			specialist.findElement(By.id("username")).sendKeys("onboarder");
			specialist.findElement(By.id("password")).sendKeys("onboarder");
			specialist.findElement(By.cssSelector("button[type=submit]")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
		}
	}

	@AfterEach
	void closeExtraWindows() {
		String first = specialist.getWindowHandles().iterator().next();
		for (String handle : specialist.getWindowHandles()) {
			if (!handle.equals(first)) {
				specialist.switchTo().window(handle).close();
			}
		}
		specialist.switchTo().window(first);
	}

	@Test
	void aCustomerCompletesTheirLinkInAnotherBrowserWhileTheSpecialistsPageTurnsActive() {
		specialist.get(url("/projects/" + project.id() + "/whatsapp/connect"));
		specialist.findElement(By.id("create-link")).click();
		String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#created-link code"))).getText();
		assertThat(link).startsWith(url("/signup/"));
		specialist.executeScript("window.stillTheSamePage = true;");

		ChromeDriver customer = Browser.start();
		try {
			WebDriverWait customerWait = wait(customer);
			customer.get(link);
			assertThat(customer.findElement(By.tagName("h1")).getText()).contains(project.name());
			assertThat(customer.findElements(By.cssSelector("a[href^='/projects'], a[href='/']"))).isEmpty();
			customer.findElement(By.id("signup-start")).click();
			runDialog(customer, customerWait, "code-first", false, "finish");
			customerWait.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("#signup-progress[data-status='SENDER_REQUESTED']")));

			TestSandbox.get().advance(Duration.ofMinutes(1));

			customerWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='ACTIVE']")));
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#attempts tr[data-status='ACTIVE']")));
			assertThat(specialist.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
			assertThat(specialist.findElement(By.cssSelector("#links tbody tr")).getAttribute("data-state")).isEqualTo("USED");
			assertNoConsoleErrors(customer);
		}
		finally {
			customer.quit();
		}
		assertThat(auditActions()).contains("WHATSAPP_SIGNUP_LINK_CREATE", "WHATSAPP_SIGNUP_START",
				"WHATSAPP_SIGNUP_CODE_RECEIVED", "WHATSAPP_SIGNUP_VERIFY", "WHATSAPP_SENDER_CREATE", "WHATSAPP_SIGNUP_FINISHED");
	}

	@Test
	void aCustomerWhoseSessionEndedWhileInMetasDialogKeepsTheAttemptAndALaterVisitSaysTheLinkIsUsed() {
		specialist.get(url("/projects/" + project.id() + "/whatsapp/connect"));
		specialist.findElement(By.id("create-link")).click();
		String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#created-link code"))).getText();
		ChromeDriver customer = Browser.start();
		try {
			WebDriverWait customerWait = wait(customer);
			customer.get(link);
			customer.findElement(By.id("signup-start")).click();
			customerWait.until(ExpectedConditions.elementToBeClickable(By.id("signup-connect")));
			String page = customer.getWindowHandle();
			customer.findElement(By.id("signup-connect")).click();
			// The session (and its CSRF token) is gone by the time the customer finishes in Meta's dialog.
			customer.manage().deleteAllCookies();
			switchToPopup(customer, customerWait, page);
			new Select(customer.findElement(By.id("asset"))).selectByValue(waba.id() + "|" + waba.phoneNumbers().get(0).id());
			customer.findElement(By.id("finish")).click();
			backTo(customer, customerWait, page);

			customerWait.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("#signup-progress[data-status='SENDER_REQUESTED']")));
			customer.manage().deleteAllCookies();
			customer.get(link);
			assertThat(customer.findElement(By.id("link-used")).getText()).contains("has now been used");
			assertThat(customer.findElements(By.id("signup-connect"))).isEmpty();
		}
		finally {
			customer.quit();
		}
		assertThat(senderCreations()).hasSize(1);
	}

	@Test
	void aCustomerWhoContinuesInTheSameWindowComesBackToTheirLinkAndChoosesTheNumber() {
		specialist.get(url("/projects/" + project.id() + "/whatsapp/connect"));
		specialist.findElement(By.id("create-link")).click();
		String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#created-link code"))).getText();
		ChromeDriver customer = Browser.start();
		try {
			WebDriverWait customerWait = wait(customer);
			customer.get(link);
			customer.findElement(By.id("signup-start")).click();
			customerWait.until(ExpectedConditions.elementToBeClickable(By.id("signup-redirect"))).click();
			customerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("asset")));
			assertThat(customer.getCurrentUrl()).startsWith(meta.dialogUrl());
			new Select(customer.findElement(By.id("asset"))).selectByValue(waba.id() + "|" + waba.phoneNumbers().get(1).id());
			customer.findElement(By.id("finish")).click();

			customerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-pick")));
			assertThat(customer.getCurrentUrl()).startsWith(link);
			customer.findElement(By.id("number-" + waba.phoneNumbers().get(1).id())).click();
			customer.findElement(By.cssSelector("#signup-pick button[type=submit]")).click();

			customerWait.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("#signup-progress[data-status='SENDER_REQUESTED']")));
			assertThat(customer.manage().getCookies()).noneMatch(cookie -> cookie.getName().startsWith("portal-signup-"));
		}
		finally {
			customer.quit();
		}
		assertThat(senderCreations()).singleElement().satisfies(body -> assertThat(body).contains(waba.phoneNumbers().get(1).id()));
	}

	@Test
	void revokedAndExpiredLinksSaySoToTheCustomer() {
		specialist.get(url("/projects/" + project.id() + "/whatsapp/connect"));
		specialist.findElement(By.id("create-link")).click();
		String revoked = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#created-link code"))).getText();
		// The list is swapped by htmx every few seconds while a link is open; click whatever is there now.
		wait.ignoring(StaleElementReferenceException.class).until(driver -> {
			var button = driver.findElement(By.cssSelector("#links .revoke-link"));
			// A scripted click: the row sits at the bottom of the page, where a real click was sometimes intercepted.
			specialist.executeScript("arguments[0].click();", button);
			return true;
		});
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#links tbody tr[data-state='REVOKED']")));
		specialist.findElement(By.id("create-link")).click();
		String expiring = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#created-link code"))).getText();

		ChromeDriver customer = Browser.start();
		try {
			customer.get(revoked);
			assertThat(customer.findElement(By.id("link-closed")).getText()).isEqualTo("This link was withdrawn");
			assertThat(customer.findElements(By.id("signup-connect"))).isEmpty();
			TestInfrastructure.CLOCK.advance(Duration.ofDays(7).plusMinutes(1));
			customer.get(expiring);
			assertThat(customer.findElement(By.id("link-closed")).getText()).isEqualTo("This link has expired");
			assertThat(customer.findElement(By.tagName("main")).getText()).contains("Ask the person who sent you this link");
			assertThat(customer.findElements(By.cssSelector("a"))).isEmpty();
		}
		finally {
			customer.quit();
		}
	}

	@Test
	void aPopupFinishWorksWithTheSessionInfoBeforeTheCode() {
		startNow();
		runDialog(specialist, wait, "session-first", false, "finish");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='SENDER_REQUESTED']")));
		assertThat(senderCreations()).singleElement().satisfies(body -> assertThat(body).contains(waba.phoneNumbers().get(0).id()));
		assertNoConsoleErrors(specialist);
	}

	@Test
	void aPopupFinishWorksWithTheSessionInfoAfterTheCodeAndDuplicateEventsMakeOneSender() {
		startNow();
		runDialog(specialist, wait, "code-first", true, "finish");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='SENDER_REQUESTED']")));
		assertThat(senderCreations()).hasSize(1);
	}

	@Test
	void aCancelAtAStepSaysWhereAndOffersToStartAgain() {
		startNow();
		runDialog(specialist, wait, null, false, "cancel-phone-number-setup");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='CANCELLED']")));
		assertThat(specialist.findElement(By.id("signup-sentence")).getText()).contains("while adding the phone number");
		assertThat(specialist.findElements(By.id("start-again"))).hasSize(1);
		assertThat(senderCreations()).isEmpty();
	}

	@Test
	void closingMetasDialogWithoutAnEventEndsTheAttemptAsClosed() {
		startNow();
		runDialog(specialist, wait, null, false, "close-without-event");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='CANCELLED']")));
		assertThat(specialist.findElement(By.id("signup-sentence")).getText()).contains("closed before it finished");
		assertThat(senderCreations()).isEmpty();
	}

	@Test
	void aUserReportedErrorKeepsMetasDetailsForSupport() {
		startNow();
		String page = specialist.getWindowHandle();
		specialist.findElement(By.id("signup-connect")).click();
		switchToPopup(specialist, wait, page);
		specialist.findElement(By.id("error-message")).clear();
		specialist.findElement(By.id("error-message")).sendKeys("Your verified name violates WhatsApp guidelines");
		specialist.findElement(By.id("report-error")).click();
		backTo(specialist, wait, page);

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='META_ERROR']")));
		assertThat(specialist.findElement(By.id("signup-sentence")).getText()).contains("violates WhatsApp guidelines");
		assertThat(specialist.findElement(By.id("copy-meta-support")).getAttribute("data-copy")).contains("session");
	}

	@Test
	void messagesFromAForeignOriginAreIgnored() {
		String attemptPage = startNow();
		specialist.get(meta.foreignOrigin() + "/?target=" + java.net.URLEncoder.encode(attemptPage, java.nio.charset.StandardCharsets.UTF_8));
		String foreign = specialist.getWindowHandle();
		specialist.findElement(By.id("open-target")).click();
		wait.until(ExpectedConditions.numberOfWindowsToBe(2));
		String portal = otherThan(specialist, foreign);
		specialist.switchTo().window(portal);
		wait.until(ExpectedConditions.elementToBeClickable(By.id("signup-connect"))).click();
		wait.until(ExpectedConditions.numberOfWindowsToBe(3));
		String popup = specialist.getWindowHandles().stream().filter(h -> !h.equals(foreign) && !h.equals(portal)).findFirst().orElseThrow();

		specialist.switchTo().window(foreign);
		specialist.findElement(By.id("post-finish")).click();
		specialist.findElement(By.id("post-code")).click();
		specialist.findElement(By.id("post-finish-object")).click();
		assertThat(specialist.findElement(By.id("sent-count")).getText()).isEqualTo("3");
		specialist.switchTo().window(popup);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dialog")));
		specialist.findElement(By.id("cancel-permissions")).click();
		wait.until(ExpectedConditions.numberOfWindowsToBe(2));
		specialist.switchTo().window(portal);

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='CANCELLED']")));
		assertThat(jdbc.sql("select waba_id from signup_attempt where project_id = ?::uuid").param(project.id())
			.query(String.class).list()).containsOnlyNulls();
		assertThat(senderCreations()).isEmpty();
	}

	@Test
	void anExpiredCodeSaysToStartAgain() {
		startNow();
		String page = specialist.getWindowHandle();
		int codesBefore = meta.codes().size();
		specialist.findElement(By.id("signup-connect")).click();
		switchToPopup(specialist, wait, page);
		new Select(specialist.findElement(By.id("asset"))).selectByValue(waba.id() + "|" + waba.phoneNumbers().get(0).id());
		new Select(specialist.findElement(By.id("order"))).selectByValue("code-only");
		specialist.findElement(By.id("finish")).click();
		new WebDriverWait(specialist, Duration.ofSeconds(10), Duration.ofMillis(50)).until(driver -> meta.codes().size() > codesBefore);
		TestInfrastructure.CLOCK.advance(Duration.ofSeconds(31));
		backTo(specialist, wait, page);

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='ERROR']")));
		assertThat(specialist.findElement(By.id("signup-sentence")).getText()).contains("expired").contains("Start again");
		assertThat(senderCreations()).isEmpty();
	}

	@Test
	void theRedirectFlowReturnsToThePortalWhereTheNumberIsChosen() {
		startNow();
		specialist.findElement(By.id("signup-redirect")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("asset")));
		assertThat(specialist.getCurrentUrl()).startsWith(meta.dialogUrl());
		new Select(specialist.findElement(By.id("asset"))).selectByValue(waba.id() + "|" + waba.phoneNumbers().get(1).id());
		specialist.findElement(By.id("finish")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-pick")));
		assertThat(specialist.getCurrentUrl()).startsWith(url("/projects/" + project.id() + "/whatsapp/connect/attempts/"));
		specialist.findElement(By.id("number-" + waba.phoneNumbers().get(1).id())).click();
		specialist.findElement(By.cssSelector("#signup-pick button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signup-progress[data-status='SENDER_REQUESTED']")));
		assertThat(senderCreations()).singleElement().satisfies(body -> assertThat(body).contains(waba.phoneNumbers().get(1).id()));
		assertThat(meta.requests()).filteredOn(request -> request.path().endsWith("/oauth/access_token"))
			.last()
			.satisfies(request -> assertThat(request.query()).contains("redirect_uri="));
	}

	/** Starts "Do it now" and returns the attempt page's address. */
	private String startNow() {
		specialist.get(url("/projects/" + project.id() + "/whatsapp/connect"));
		specialist.findElement(By.id("start-now")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("signup-connect")));
		return specialist.getCurrentUrl();
	}

	private void runDialog(ChromeDriver driver, WebDriverWait driverWait, String order, boolean duplicate, String button) {
		driverWait.until(ExpectedConditions.elementToBeClickable(By.id("signup-connect")));
		String page = driver.getWindowHandle();
		driver.findElement(By.id("signup-connect")).click();
		switchToPopup(driver, driverWait, page);
		new Select(driver.findElement(By.id("asset"))).selectByValue(waba.id() + "|" + waba.phoneNumbers().get(0).id());
		if (order != null) {
			new Select(driver.findElement(By.id("order"))).selectByValue(order);
		}
		if (duplicate) {
			driver.findElement(By.id("duplicate")).click();
		}
		driver.findElement(By.id(button)).click();
		backTo(driver, driverWait, page);
	}

	private static void switchToPopup(WebDriver driver, WebDriverWait driverWait, String page) {
		driverWait.until(ExpectedConditions.numberOfWindowsToBe(2));
		driver.switchTo().window(otherThan(driver, page));
		driverWait.until(ExpectedConditions.presenceOfElementLocated(By.id("dialog")));
	}

	private static void backTo(WebDriver driver, WebDriverWait driverWait, String page) {
		driverWait.until(ExpectedConditions.numberOfWindowsToBe(1));
		driver.switchTo().window(page);
	}

	private static String otherThan(WebDriver driver, String handle) {
		return driver.getWindowHandles().stream().filter(other -> !other.equals(handle)).findFirst().orElseThrow();
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private List<String> senderCreations() {
		return TestSandbox.get().requests().stream()
			.filter(request -> "POST".equals(request.method()) && request.path().endsWith(project.id() + "/whatsapp/senders"))
			.map(request -> request.body())
			.toList();
	}

	private List<String> auditActions() {
		return jdbc.sql("select action from audit_event where project_id = ? order by id").param(project.id()).query(String.class).list();
	}

	private static void assertNoConsoleErrors(ChromeDriver driver) {
		assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
			.as("console errors, such as scripts the Content-Security-Policy refused")
			.noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
	}

}
