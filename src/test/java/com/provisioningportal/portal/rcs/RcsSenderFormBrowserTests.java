package com.provisioningportal.portal.rcs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.provisioningportal.portal.projects.ProjectFixtures;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The create form with its script in a real browser: one step at a time, each checked before the next; the logo and
 * banner measured against Sinch's sizes as they load; the colour's contrast shown as it is typed. The images are made
 * in the page as data addresses, since the tests reach no other site.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class RcsSenderFormBrowserTests {

	private static final List<String> WCAG_22_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

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
	void signedInOnTheForm() {
		project = TestSandbox.get().addProject("Browser RCS form " + UUID.randomUUID());
		ProjectFixtures.register(context, project, "browser-" + UUID.randomUUID());
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		Browser.signIn(browser, wait, "http://localhost:" + port, "onboarder");
		browser.get("http://localhost:" + port + "/projects/" + project.id() + "/rcs/senders/new");
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#form-steps li:first-child"), "aria-current", "step"));
	}

	@AfterEach
	void signOut() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void theBannerOfAnotherShapeAndTheLogoOfAnotherSizeAreWarnedOfAsTheyLoad() {
		fillInTheBrand();
		next("2. Contact");
		next("3. Media");

		link("bannerUrl", image(1000, 1000));
		assertThat(check("bannerUrl", "crop")).isEqualTo(
				"This image is 1000 × 1000 px, so phones would crop or stretch it: Sinch asks for 1440 × 448 px.");
		assertThat(warned("bannerUrl")).isTrue();
		assertThat(browser.findElement(By.id("bannerUrl-preview")).isDisplayed()).isTrue();

		link("bannerUrl", image(1440, 448));
		assertThat(check("bannerUrl", "as Sinch asks")).isEqualTo("This image is 1440 × 448 px, as Sinch asks.");
		assertThat(warned("bannerUrl")).isFalse();

		link("logoUrl", image(200, 200));
		assertThat(check("logoUrl", "asks for")).isEqualTo("This image is 200 × 200 px; Sinch asks for 224 × 224 px.");
		assertThat(warned("logoUrl")).isTrue();

		link("logoUrl", "data:image/png;base64,bm90IGFuIGltYWdl");
		assertThat(check("logoUrl", "could not be loaded")).startsWith("This image could not be loaded for the preview");
		assertThat(browser.findElement(By.id("logoUrl-preview")).isDisplayed()).isFalse();
	}

	@Test
	void theColoursContrastShowsAsItIsTypedAndTooLittleOfItKeepsTheBrandStepOpen() {
		fillInTheBrand();
		browser.findElement(By.id("color")).sendKeys("#FFCC00");
		assertThat(browser.findElement(By.id("color-check")).getText()).startsWith("White text on this colour has a contrast of only 1.5:1");

		browser.findElement(By.id("step-next")).click();
		assertThat(currentStep()).isEqualTo("1. Brand");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("color");

		browser.findElement(By.id("color")).clear();
		browser.findElement(By.id("color")).sendKeys("#0B5FFF");
		assertThat(browser.findElement(By.id("color-check")).getText()).startsWith("White text on this colour has a contrast of 5.");
		assertThat(browser.findElement(By.cssSelector("#rcs-preview-actions li")).getCssValue("background-color"))
			.isEqualTo("rgba(11, 95, 255, 1)");
		next("2. Contact");
	}

	@Test
	void enterMovesOnUntilTheReviewAndTheServersProblemsOpenTheFirstStepWithOne() {
		new Select(browser.findElement(By.id("region"))).selectByValue("EU");
		browser.findElement(By.id("step-next")).click();
		assertThat(currentStep()).isEqualTo("1. Brand");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("billingCategory");

		fillInTheBrand();
		browser.findElement(By.id("brandName")).sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactPhone")));
		assertThat(currentStep()).isEqualTo("2. Contact");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("step-contact");
		assertThat(browser.findElement(By.id("brandName")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("create-rcs-sender")).isDisplayed()).isFalse();

		browser.findElement(By.id("contactPhone")).sendKeys("call us");
		next("3. Media");
		next("4. Test numbers");
		next("5. Review");
		assertThat(browser.findElement(By.id("review-list")).getText()).contains("Sandbox Bakery", "call us");
		browser.findElement(By.id("create-rcs-sender")).click();

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contactPhone-error")));
		assertThat(browser.findElement(By.id("contactPhone-error")).getText()).startsWith("Enter the phone number in E.164");
		assertThat(currentStep()).isEqualTo("2. Contact");
		assertThat(browser.findElement(By.id("contactPhone")).getAttribute("value")).isEqualTo("call us");
		assertThat(browser.findElement(By.id("brandName")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("brandName")).getAttribute("value")).isEqualTo("Sandbox Bakery");
	}

	/** The steps the page opens without, with the preview and its warnings showing. */
	@Test
	void theMediaStepWithItsPreviewAndTheReviewMeetTheAccessibilityRules() {
		fillInTheBrand();
		browser.findElement(By.id("color")).sendKeys("#0B5FFF");
		next("2. Contact");
		next("3. Media");
		link("bannerUrl", image(1000, 1000));
		check("bannerUrl", "crop");
		link("logoUrl", image(224, 224));
		check("logoUrl", "as Sinch asks");
		List<String> found = new ArrayList<>(violations("the media step"));
		next("4. Test numbers");
		next("5. Review");
		found.addAll(violations("the review"));

		assertThat(found).isEmpty();
	}

	private List<String> violations(String step) {
		List<String> found = new ArrayList<>();
		for (Rule rule : new AxeBuilder().withTags(WCAG_22_A_AND_AA).analyze(browser).getViolations()) {
			found.add(rule.getId() + " (" + rule.getImpact() + ") on " + step + ": "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList());
		}
		return found;
	}

	private void fillInTheBrand() {
		new Select(browser.findElement(By.id("region"))).selectByValue("EU");
		new Select(browser.findElement(By.id("billingCategory"))).selectByValue("CONVERSATIONAL");
		new Select(browser.findElement(By.id("useCase"))).selectByValue("PROMOTIONAL");
		browser.findElement(By.id("brandName")).sendKeys("Sandbox Bakery");
	}

	private void next(String step) {
		browser.findElement(By.id("step-next")).click();
		wait.until(page -> step.equals(currentStep()));
	}

	private String currentStep() {
		return browser.findElement(By.cssSelector("#form-steps [aria-current='step']")).getText();
	}

	/** A PNG of that size drawn in the page. */
	private String image(int width, int height) {
		return (String) browser.executeScript("const canvas = document.createElement('canvas');"
				+ " canvas.width = arguments[0]; canvas.height = arguments[1];"
				+ " return canvas.toDataURL('image/png');", width, height);
	}

	/** The address put in the field as a paste does, then the field left. */
	private void link(String field, String address) {
		browser.executeScript("const field = document.getElementById(arguments[0]); field.value = arguments[1];"
				+ " field.dispatchEvent(new Event('input', {bubbles: true}));"
				+ " field.dispatchEvent(new Event('change', {bubbles: true}));", field, address);
	}

	private String check(String field, String expected) {
		WebElement check = browser.findElement(By.id(field + "-check"));
		wait.until(page -> check.getText().contains(expected));
		return check.getText();
	}

	private boolean warned(String field) {
		return browser.findElement(By.id(field + "-check")).getAttribute("class").contains("warning");
	}

}
