package com.provisioningportal.portal;

import java.time.Duration;

import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The first journey in a real browser: sign in, see the dashboard, sign out. */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class BrowserJourneyTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

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
	void anOnboarderSignsInSeesTheDashboardAndSignsOut() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.urlContains("/login"));

		browser.findElement(By.id("username")).sendKeys("onboarder");
		browser.findElement(By.id("password")).sendKeys("onboarder");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
		assertThat(browser.findElement(By.linkText("Projects")).isDisplayed()).isTrue();
		assertThat(browser.findElements(By.id("card-users"))).isEmpty();
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
			.as("console errors, such as scripts or styles the Content-Security-Policy refused")
			.noneMatch(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());

		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();

		wait.until(ExpectedConditions.urlContains("/login?signedOut"));
		assertThat(browser.getPageSource()).contains("You are signed out.");
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void aWrongPasswordShowsThePlainMessageAndKeepsTheName() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("viewer");
		browser.findElement(By.id("password")).sendKeys("not the password");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-error")));
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("viewer");
	}

}
