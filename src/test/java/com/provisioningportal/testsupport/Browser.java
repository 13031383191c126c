package com.provisioningportal.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless through Debian's chromedriver, with both paths given so Selenium never tries
 * to download a browser. Tests using it are skipped where the browser is not installed ({@code .ci/run} installs it).
 */
public final class Browser {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private Browser() {
	}

	/** For {@code @EnabledIf}: whether this machine has the browser. */
	public static boolean installed() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	public static ChromeDriver start() {
		try {
			Path profile = Files.createTempDirectory("portal-browser");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile,
					// Without it Bootstrap scrolls smoothly, and a click can land while the page still moves.
					"--force-prefers-reduced-motion");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ZERO);
			return driver;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create a browser profile folder", ex);
		}
	}

	/**
	 * Signs a seeded user in through the sign-in page (their password is their name, as the seed makes them) and
	 * waits for the dashboard.
	 */
	public static void signIn(ChromeDriver browser, WebDriverWait wait, String baseUrl, String user) {
		browser.get(baseUrl + "/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user);
		WebElement submit = browser.findElement(By.cssSelector("button[type=submit]"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
	}

}
