package com.provisioningportal.portal.rcs;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An RCS sender's whole journey in a real browser, from the form to a launch the page follows operator by operator
 * without a reload until each country shows its outcome: France and Germany launched (each with one operator
 * refusing), Spain rejected by all its operators.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class RcsSenderBrowserTests {

	/** The sandbox's operators, in the order they decide: with a "Partial" brand the last of each country refuses. */
	private static final Map<String, List<String>> OPERATORS = Map.of("FR", List.of("Orange", "SFR", "Bouygues", "Free"),
			"DE", List.of("Telekom", "Vodafone", "O2"));

	/** How long the sandbox takes for each step of a launch: Sinch's review, then one operator of every country. */
	private static final Duration STEP = Duration.ofSeconds(30);

	/** Why Spain's operators refuse the sender, decided through the sandbox's control instead of the brand name. */
	private static final String SPANISH_REMARK = "The brand's website does not name the company behind it.";

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
		project = TestSandbox.get().addProject("Browser RCS " + UUID.randomUUID());
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
	void aSenderIsCreatedTestedAnsweredAndLaunchedThenFollowedOperatorByOperatorWithoutAReload() {
		signIn("onboarder");
		browser.get(url("/projects/" + project.id()));
		click(By.linkText("RCS senders"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "No RCS senders yet"));
		click(By.id("new-rcs-sender"));

		fillInTheNewSenderForm("Partial Home Store");
		click(By.id("create-rcs-sender"));

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rcs-sender-name"), "Partial Home Store"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("RCS sender Partial Home Store created.");
		assertThat(browser.findElement(By.id("brand")).getText()).contains("FR, DE, ES", "Email: support@home.example.com",
				"Phone: +48600100900", "https://home.example.com/privacy", "https://home.example.com/terms", "#0B5FFF");
		assertThat(browser.findElement(By.cssSelector("[data-test-number='+48600100901'] .badge")).getText()).isEqualTo("Unverified");
		assertThat(browser.findElement(By.id("questionnaire-summary")).getText()).isEqualTo("Not answered yet: the launch needs it.");
		assertThat(browser.findElements(By.id("launch-sender"))).isEmpty();

		TestSandbox.get().advance(Duration.ofMinutes(1));

		browser.findElement(By.id("numbers")).sendKeys("+48600100902");
		click(By.cssSelector("#add-test-numbers button[type=submit]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
				"Sinch is inviting +48600100902 to try the sender."));
		assertThat(browser.findElements(By.cssSelector("#test-numbers [data-test-number]"))).hasSize(2);
		assertThat(statusBadge()).isEqualTo("In test");

		click(By.id("answer-questionnaire"));
		answerTheQuestionnaire();
		click(By.id("save-questionnaire"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
				"Launch questionnaire saved at Sinch."));
		assertThat(browser.findElement(By.id("questionnaire-summary")).getText())
			.isEqualTo("Answered in part or in full; the launch says what Sinch still needs.");

		assertThat(browser.findElement(By.id("launch")).getText()).contains("FR, DE, ES", "Sinch's team reviews the sender first");
		click(By.id("confirmed"));
		click(By.id("launch-sender"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
				"Launch of Partial Home Store started."));
		assertThat(statusBadge()).isEqualTo("Pending launch");
		assertThat(browser.findElements(By.id("launch-sender"))).isEmpty();
		browser.executeScript("window.stillTheSamePage = true;");

		TestSandbox.get().advance(STEP);

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rcs-sender-status [data-country='DE']")));
		assertThat(statusBadge()).isEqualTo("Launching");
		assertThat(operatorBadges("FR")).containsExactly("Pending", "Pending", "Pending", "Pending");
		assertThat(operatorBadges("DE")).containsExactly("Pending", "Pending", "Pending");
		assertThat(operatorBadges("ES")).containsExactly("Pending", "Pending", "Pending");
		TestSandbox.get().rcsOperatorsDecide(project.id(), senderId(), "ES", null, "REJECTED", SPANISH_REMARK);

		for (int step = 1; step <= 4; step++) {
			TestSandbox.get().advance(STEP);
			String lastDecided = OPERATORS.get("FR").get(step - 1);
			wait.until(page -> !operatorState("FR", lastDecided).equals("PENDING"));
			if (step == 3) {
				assertThat(statusBadge()).isEqualTo("Launching");
				assertThat(operatorBadges("FR")).containsExactly("Launched", "Launched", "Launched", "Pending");
				assertThat(operatorBadges("DE")).containsExactly("Launched", "Launched", "Rejected");
				assertThat(countryBadge("DE")).isEqualTo("Launched");
				assertThat(countryBadge("ES")).isEqualTo("Rejected");
			}
		}

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rcs-sender-status > p [data-state='LAUNCHED']")));
		assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		assertThat(statusBadge()).isEqualTo("Launched");
		assertThat(countryBadge("FR")).isEqualTo("Launched");
		assertThat(countryBadge("DE")).isEqualTo("Launched");
		assertThat(operatorBadges("FR")).containsExactly("Launched", "Launched", "Launched", "Rejected");
		assertThat(operatorBadges("DE")).containsExactly("Launched", "Launched", "Rejected");
		assertThat(operatorText("FR", "Free")).contains("The operator does not accept this brand for RCS.");
		assertThat(operatorText("DE", "O2")).contains("The operator does not accept this brand for RCS.");
		assertThat(operatorText("DE", "Telekom")).doesNotContain("does not accept");
		assertThat(countryBadge("ES")).isEqualTo("Rejected");
		assertThat(operatorBadges("ES")).containsExactly("Rejected", "Rejected", "Rejected");
		assertThat(operatorText("ES", "Movistar")).contains(SPANISH_REMARK);
		assertThat(browser.executeScript("return document.getElementById('rcs-sender-status').hasAttribute('hx-get');"))
			.isEqualTo(false);
	}

	/** Walks the form's steps with Next, as a person with a script sees them, and reads the review before sending. */
	private void fillInTheNewSenderForm(String brandName) {
		new Select(browser.findElement(By.id("region"))).selectByValue("EU");
		new Select(browser.findElement(By.id("billingCategory"))).selectByValue("NON_CONVERSATIONAL");
		new Select(browser.findElement(By.id("useCase"))).selectByValue("TRANSACTIONAL");
		browser.findElement(By.id("brandName")).sendKeys(brandName);
		browser.findElement(By.id("description")).sendKeys("Everything for the home");
		browser.findElement(By.id("color")).sendKeys("#0B5FFF");
		click(By.cssSelector("input[name='countries'][value='FR']"));
		click(By.cssSelector("input[name='countries'][value='DE']"));
		click(By.cssSelector("input[name='countries'][value='ES']"));
		nextStep("2. Contact", "contactEmail");
		browser.findElement(By.id("contactEmail")).sendKeys("support@home.example.com");
		browser.findElement(By.id("contactPhone")).sendKeys("+48600100900");
		browser.findElement(By.id("website")).sendKeys("https://home.example.com");
		browser.findElement(By.id("privacyPolicyUrl")).sendKeys("https://home.example.com/privacy");
		browser.findElement(By.id("termsOfServiceUrl")).sendKeys("https://home.example.com/terms");
		nextStep("3. Media", "logoUrl");
		browser.findElement(By.id("logoUrl")).sendKeys("https://home.example.com/logo.png");
		browser.findElement(By.id("bannerUrl")).sendKeys("https://home.example.com/banner.png");
		nextStep("4. Test numbers", "testNumbers");
		browser.findElement(By.id("testNumbers")).sendKeys("+48600100901");
		nextStep("5. Review", "review-list");
		assertThat(browser.findElement(By.id("review-list")).getText()).contains(brandName, "FR, DE, ES",
				"support@home.example.com", "+48600100901");
	}

	private void nextStep(String step, String shownId) {
		click(By.id("step-next"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(shownId)));
		assertThat(browser.findElement(By.cssSelector("#form-steps [aria-current='step']")).getText()).isEqualTo(step);
	}

	private void answerTheQuestionnaire() {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("general-optInDescription")));
		browser.findElement(By.id("general-optInDescription")).sendKeys("Customers opt in at checkout");
		browser.findElement(By.id("general-triggerDescription")).sendKeys("Orders and deliveries");
		browser.findElement(By.id("general-interactionsDescription")).sendKeys("Order updates");
		browser.findElement(By.id("general-optOutDescription")).sendKeys("Reply STOP to stop messages");
		browser.findElement(By.id("verification-name")).sendKeys("Eva Nowak");
		browser.findElement(By.id("verification-email")).sendKeys("eva@home.example.com");
		browser.findElement(By.id("verification-title")).sendKeys("Head of e-commerce");
		browser.findElement(By.id("verification-website")).sendKeys("https://home.example.com");
	}

	/** The sender's id, from the address of its page. */
	private String senderId() {
		String path = URI.create(browser.getCurrentUrl()).getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private String statusBadge() {
		return texts("#rcs-sender-status > p .badge").get(0);
	}

	private String countryBadge(String country) {
		return texts("[data-country='" + country + "'] > td:nth-of-type(1) .badge").get(0);
	}

	private List<String> operatorBadges(String country) {
		return texts("[data-country='" + country + "'] [data-operator] .badge");
	}

	private String operatorState(String country, String name) {
		return (String) browser.executeScript("const badge = document.querySelector(arguments[0]);"
				+ " return badge ? badge.dataset.state : 'PENDING';",
				"[data-country='" + country + "'] [data-operator='" + name + "'] .badge");
	}

	private String operatorText(String country, String name) {
		return texts("[data-country='" + country + "'] [data-operator='" + name + "']").get(0);
	}

	/** The texts of what a selector finds, read in one go so that a poll's swap cannot come in between. */
	@SuppressWarnings("unchecked")
	private List<String> texts(String selector) {
		return (List<String>) browser.executeScript(
				"return Array.from(document.querySelectorAll(arguments[0])).map(element => element.innerText.trim());", selector);
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

}
