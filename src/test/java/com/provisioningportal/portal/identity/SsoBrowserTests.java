package com.provisioningportal.portal.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.identity.IdentityDirectory;
import com.provisioningportal.sandbox.identity.SandboxIdentityProvider;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.SsoServerTest;
import com.provisioningportal.testsupport.TestIdentityProvider;
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
 * Single sign-on in a real browser against the sandbox provider: a person lands in the team of their group and sees
 * only its project, loses the membership at the next sign-in once the group is taken from them at the provider, and
 * signing out of the portal signs them out of the provider too; a member of the admin group runs a team's groups.
 */
@SsoServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class SsoBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	TeamAdministration teams;

	@Autowired
	JdbcClient jdbc;

	WebDriverWait wait;

	String suffix;

	IdentityDirectory directory = TestIdentityProvider.get().directory();

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
	void allowThisPortal() {
		TestIdentityProvider.get().allowPortal(url(""));
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void forgetSessions() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void aPersonSigningInThroughTheProviderLandsInTheTeamOfTheirGroup() {
		SandboxProject travel = ProjectFixtures.registerWithCallback(context, "Travel desk " + suffix, "callback-secret");
		SandboxProject retail = ProjectFixtures.registerWithCallback(context, "Retail desk " + suffix, "callback-secret");
		teamWithGroup("Travel " + suffix, travel, "travel-" + suffix);
		teamWithGroup("Retail " + suffix, retail, "retail-" + suffix);
		directory.add("tess-" + suffix, "travel", "tess-" + suffix + "@sandbox.example", "Tess", "travel-" + suffix);

		signInAtProvider("tess-" + suffix, "travel");

		browser.get(url("/projects"));
		assertThat(browser.findElements(By.cssSelector("[data-project-id='" + travel.id() + "']"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("[data-project-id='" + retail.id() + "']"))).isEmpty();
		browser.get(url("/projects/" + retail.id()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(memberships("tess-" + suffix)).containsExactly("Travel " + suffix + ":ONBOARDER");
	}

	@Test
	void aGroupTakenAwayAtTheProviderEndsTheMembershipAtTheNextSignIn() {
		SandboxProject travel = ProjectFixtures.registerWithCallback(context, "Travel desk " + suffix, "callback-secret");
		teamWithGroup("Travel " + suffix, travel, "travel-" + suffix);
		directory.add("tom-" + suffix, "travel", "tom-" + suffix + "@sandbox.example", "Tom", "travel-" + suffix);
		signInAtProvider("tom-" + suffix, "travel");
		assertThat(memberships("tom-" + suffix)).containsExactly("Travel " + suffix + ":ONBOARDER");
		signOut();

		directory.setGroups("tom-" + suffix);
		signInAtProvider("tom-" + suffix, "travel");

		assertThat(memberships("tom-" + suffix)).isEmpty();
		browser.get(url("/projects/" + travel.id()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SSO_TEAM_LEAVE' and resource_id = :team")
			.param("team", "Travel " + suffix)
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void signingOutOfThePortalEndsTheProviderSessionToo() {
		directory.add("sam-" + suffix, "travel", "sam-" + suffix + "@sandbox.example", "Sam");
		signInAtProvider("sam-" + suffix, "travel");

		signOut();
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/login?signedOut"));
		browser.findElement(By.id("sso-sign-in")).click();

		// Still signed in at the provider, the browser would be straight back on the dashboard.
		wait.until(ExpectedConditions.urlContains(TestIdentityProvider.get().issuer() + "/login"));
		assertThat(browser.findElement(By.id("password")).isDisplayed()).isTrue();
	}

	@Test
	void anAdministratorOfTheAdminGroupNamesATeamsGroupOnTheTeamPage() {
		long teamId = teams.create("Desk " + suffix).id();
		directory.add("ada-" + suffix, "admin", "ada-" + suffix + "@sandbox.example", "Ada",
				SandboxIdentityProvider.ADMIN_GROUP);
		signInAtProvider("ada-" + suffix, "admin");

		browser.get(url("/admin/teams/" + teamId));
		browser.findElement(By.id("group")).sendKeys("desk-" + suffix);
		new Select(browser.findElement(By.id("groupRole"))).selectByValue("VIEWER");
		browser.findElement(By.cssSelector("#add-group button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-group='desk-" + suffix + "']")));
		assertThat(teams.groups(teamId)).containsExactly(new TeamGroup("desk-" + suffix, TeamRole.VIEWER));
		browser.findElement(By.cssSelector("[data-group='desk-" + suffix + "'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "leave the team"));
		assertThat(teams.groups(teamId)).isEmpty();
	}

	private void teamWithGroup(String team, SandboxProject project, String group) {
		SeedUsers.giveProject(jdbc, team, project.id());
		long id = jdbc.sql("select id from team where name = :name").param("name", team).query(Long.class).single();
		teams.addGroup(id, group, TeamRole.ONBOARDER);
	}

	private void signInAtProvider(String username, String password) {
		browser.get(url("/login"));
		assertThat(browser.findElements(By.id("password"))).as("no password form while local sign-in is off").isEmpty();
		browser.findElement(By.id("sso-sign-in")).click();
		wait.until(ExpectedConditions.urlContains(TestIdentityProvider.get().issuer() + "/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/login?signedOut"));
	}

	private List<String> memberships(String username) {
		return jdbc.sql("""
				select t.name || ':' || m.role from team_member m join team t on t.id = m.team_id
				join portal_user u on u.id = m.user_id where u.username = :user order by t.name""")
			.param("user", username)
			.query(String.class)
			.list();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
