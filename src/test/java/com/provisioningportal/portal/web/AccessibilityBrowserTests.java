package com.provisioningportal.portal.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, for the roles that see it, passes axe-core's WCAG 2.2 A and AA rules in a real browser
 * (contrast, names, labels, ARIA, landmarks…), and the keyboard reaches the content first through the skip link.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class AccessibilityBrowserTests {

	private static final List<String> WCAG_22_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ChromeDriver browser;

	WebDriverWait wait;

	String base;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		base = "http://localhost:" + port;
	}

	@AfterEach
	void stopBrowser() {
		browser.quit();
	}

	@Test
	void theSignInPageAndTheNotFoundPageMeetTheRules() {
		assertThat(violations("/login")).isEmpty();
		Browser.signIn(browser, wait, base, "viewer");
		assertThat(violations("/projects/" + UUID.randomUUID())).isEmpty();
	}

	@Test
	void anAdministratorsPagesMeetTheRules() {
		SandboxProject project = onboardedProjectWithData();
		String projectPath = "/projects/" + project.id();
		Browser.signIn(browser, wait, base, "admin");

		List<String> found = new ArrayList<>();
		for (String page : List.of("/", "/projects", "/projects/new", projectPath, projectPath + "/edit",
				projectPath + "/whatsapp/senders", projectPath + "/whatsapp/account", projectPath + "/whatsapp/templates",
				projectPath + "/whatsapp/templates/new", projectPath + "/rcs/senders", projectPath + "/rcs/senders/new",
				projectPath + "/sms/apps", projectPath + "/sms/apps/new",
				projectPath + "/webhooks", projectPath + "/webhooks/new", "/admin/users", "/admin/users/new",
				"/admin/teams", "/audit", "/audit/verify", "/account/password", "/dev/fragments")) {
			found.addAll(violations(page));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void anOnboardersTheCustomersAndAnAuditorsPagesMeetTheRules() {
		SandboxProject project = onboardedProjectWithData();
		Browser.signIn(browser, wait, base, "onboarder");
		List<String> found = new ArrayList<>(violations("/projects/" + project.id() + "/whatsapp/senders"));
		browser.get(base + "/projects/" + project.id() + "/whatsapp/connect");
		browser.findElement(By.id("create-link")).click();
		String link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#created-link code"))).getText();
		found.addAll(analyse("/projects/" + project.id() + "/whatsapp/connect"));
		browser.manage().deleteAllCookies();
		browser.get(link);
		found.addAll(analyse("the customer's link"));
		browser.manage().deleteAllCookies();
		Browser.signIn(browser, wait, base, "auditor");
		found.addAll(violations("/audit"));
		browser.findElement(By.cssSelector("#audit-rows tbody a")).click();
		found.addAll(analyse(browser.getCurrentUrl()));

		assertThat(found).isEmpty();
	}

	@Test
	void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheContent() {
		Browser.signIn(browser, wait, base, "admin");
		browser.get(base + "/projects");

		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement skip = browser.switchTo().activeElement();
		assertThat(skip.getText()).isEqualTo("Skip to content");
		assertThat(skip.isDisplayed()).as("visible while focused").isTrue();
		skip.sendKeys(Keys.ENTER);
		assertThat(browser.getCurrentUrl()).endsWith("#main");
	}

	/** The rules broken on a page, each as "rule (impact) on page: the elements". */
	private List<String> violations(String page) {
		browser.get(base + page);
		return analyse(page);
	}

	private List<String> analyse(String page) {
		Results results = new AxeBuilder().withTags(WCAG_22_A_AND_AA).analyze(browser);
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			found.add(rule.getId() + " (" + rule.getImpact() + ") on " + page + ": "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList());
		}
		return found;
	}

	/** A project with a WhatsApp account, senders, an SMS app and a webhook, so lists and tables are not empty. */
	private SandboxProject onboardedProjectWithData() {
		SandboxProject project = ProjectFixtures.register(context,
				TestSandbox.get().addOnboardedProject("Accessible " + UUID.randomUUID()), "accessibility-secret");
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		sinch.post(project, "/sms/smsApps", "{\"name\": \"Reminders\", \"region\": \"US\"}");
		sinch.post(project, "/webhooks", """
				{"target": "https://crm.example.com/sinch", "secret": "accessibility-webhook-secret", "triggers": ["ALL"]}""");
		return project;
	}

}
