package com.provisioningportal.portal.identity;

import java.time.Duration;
import java.util.UUID;

import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.TestInfrastructure;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor as a person sets it up: from the account page, the key read off the page as an authenticator
 * app would take it, then signing out and in again with a code computed from that key.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class SecondFactorBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	SeedUsers users;

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
	void setUpOnTheAccountPageThenSignInWithACodeFromTheKeyThePageShowed() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		String name = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, name, "ONBOARDER");
		Browser.signIn(browser, wait, url(""), name);

		browser.findElement(By.cssSelector("a[href$='/account/password']")).click();
		click(browser.findElement(By.partialLinkText("Second factor")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Second factor"));
		WebElement qrCode = browser.findElement(By.id("totp-qr-code"));
		assertThat((Long) browser.executeScript("return arguments[0].naturalWidth", qrCode)).as("the QR code is shown").isPositive();
		String secret = browser.findElement(By.id("totp-secret")).getText();
		browser.findElement(By.id("code")).sendKeys(SecondFactorVisitor.currentCode(secret));
		click(browser.findElement(By.cssSelector("#enrol-form button[type=submit]")));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
		assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(SecondFactors.RECOVERY_CODES);

		click(browser.findElement(By.cssSelector("form[action$='/logout'] button")));
		wait.until(ExpectedConditions.urlContains("/login?signedOut"));
		// The code used to turn it on is spent; the app shows the next one 30 seconds later.
		TestInfrastructure.CLOCK.advance(Totp.STEP);
		browser.findElement(By.id("username")).sendKeys(name);
		browser.findElement(By.id("password")).sendKeys(name);
		click(browser.findElement(By.cssSelector("button[type=submit]")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Enter your code"));
		assertThat(browser.findElement(By.id("code")).getAttribute("autocomplete")).isEqualTo("one-time-code");
		browser.findElement(By.id("code")).sendKeys(SecondFactorVisitor.currentCode(secret));
		click(browser.findElement(By.cssSelector("#code-form button[type=submit]")));

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
	}

	private static void click(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
