package com.provisioningportal.portal.identity;

import java.time.Duration;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.SeedUsers;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Teams in a real browser: an administrator makes a team, adds a member and gives it a project, and from then on
 * that member and a member of another team each see only their own team's project, by the list and by the address.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class TeamBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SeedUsers users;

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

	@BeforeEach
	void waitForPages() {
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void signOut() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void twoOnboardersOfDifferentTeamsEachSeeOnlyTheirTeamsProject() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String retailOnboarder = "retail-" + suffix;
		String travelOnboarder = "travel-" + suffix;
		users.ensure(retailOnboarder, retailOnboarder, "ONBOARDER");
		users.ensure(travelOnboarder, travelOnboarder, "ONBOARDER");
		users.ensureMember("Travel " + suffix, travelOnboarder, "ONBOARDER");
		SandboxProject retail = ProjectFixtures.registerWithCallback(context, "Retail shop " + suffix, "callback-secret");
		SandboxProject travel = ProjectFixtures.registerWithCallback(context, "Travel agency " + suffix, "callback-secret");
		SeedUsers.giveProject(jdbc, "Travel " + suffix, travel.id());

		signIn("admin");
		browser.get(url("/admin/teams"));
		browser.findElement(By.linkText("Add a team")).click();
		browser.findElement(By.id("name")).sendKeys("Retail " + suffix);
		browser.findElement(By.cssSelector("form[action$='/admin/teams'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Retail " + suffix));

		new Select(browser.findElement(By.id("username"))).selectByValue(retailOnboarder);
		new Select(browser.findElement(By.id("role"))).selectByValue("ONBOARDER");
		browser.findElement(By.cssSelector("#add-member button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-member='" + retailOnboarder + "']")));

		new Select(browser.findElement(By.id("projectId"))).selectByValue(retail.id());
		browser.findElement(By.cssSelector("#give-project button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-project='Retail shop " + suffix + "']")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("The team's members now reach Retail shop " + suffix + ".");
		signOut();

		seesOnlyTheirProject(retailOnboarder, retail, travel);
		signOut();
		seesOnlyTheirProject(travelOnboarder, travel, retail);
	}

	private void seesOnlyTheirProject(String user, SandboxProject theirs, SandboxProject another) {
		signIn(user);
		browser.get(url("/projects"));
		assertThat(browser.findElements(By.cssSelector("[data-project-id='" + theirs.id() + "']"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("[data-project-id='" + another.id() + "']"))).isEmpty();
		browser.get(url("/projects/" + theirs.id()));
		assertThat(browser.findElement(By.id("connect-whatsapp")).isDisplayed()).isTrue();
		browser.get(url("/projects/" + another.id()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(browser.getPageSource()).doesNotContain(another.name());
	}

	private void signIn(String user) {
		Browser.signIn(browser, wait, "http://localhost:" + port, user);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
