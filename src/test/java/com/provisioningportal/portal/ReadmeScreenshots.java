package com.provisioningportal.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test but the tool that retakes the README's screenshots:
 * {@code ./mvnw test -Dtest=ReadmeScreenshots -Dscreenshots=true}. Skipped otherwise.
 */
@PortalServerTest
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReadmeScreenshots {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void takeTheReadmeScreenshots() throws IOException {
		SandboxProject acme = ProjectFixtures.registerWithCallback(context, "Acme Retail", "screenshot-secret-1");
		smsAppsOf(acme);
		ProjectFixtures.registerWithCallback(context, "Globex Travel", "screenshot-secret-2");
		Path folder = Path.of("docs", "screenshots");
		Files.createDirectories(folder);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("dashboard", "/");
		pages.put("projects", "/projects");
		pages.put("project", "/projects/" + context.getBean(ProjectDirectory.class).all().get(0).projectId());
		pages.put("audit", "/audit");
		pages.put("audit-verify", "/audit/verify");
		pages.put("users", "/admin/users");
		pages.put("fragments", "/dev/fragments");
		String base = "http://localhost:" + port;
		ChromeDriver browser = Browser.start();
		try {
			browser.get(base + "/login");
			save(browser, folder.resolve("sign-in.png"));
			browser.findElement(By.id("username")).sendKeys("admin");
			browser.findElement(By.id("password")).sendKeys("admin");
			browser.findElement(By.cssSelector("button[type=submit]")).click();
			for (var page : pages.entrySet()) {
				browser.get(base + page.getValue());
				save(browser, folder.resolve(page.getKey() + ".png"));
			}
			browser.get(base + "/projects/" + acme.id() + "/sms/apps/new/bundle");
			new Select(browser.findElement(By.id("region"))).selectByValue("EU");
			browser.findElement(By.id("name")).sendKeys("Acme order alerts");
			browser.findElement(By.id("name")).submit();
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bundle-progress[data-state='IN_PROGRESS']")));
			save(browser, folder.resolve("sms-bundle.png"));
			browser.get(base + "/projects/" + acme.id() + "/sms/apps");
			save(browser, folder.resolve("sms-apps.png"));
		}
		finally {
			browser.quit();
		}
		assertThat(folder.resolve("dashboard.png")).exists();
	}

	/** A few SMS apps at the sandbox: one on its own, one linked to a Conversation app, one made by a bundle. */
	private static void smsAppsOf(SandboxProject project) {
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		sinch.post(project, "/sms/smsApps", "{\"name\": \"Acme reminders\", \"region\": \"US\"}");
		sinch.post(project, "/sms/smsApps",
				"{\"name\": \"Acme support\", \"region\": \"EU\", \"convApiAppId\": \"01KXD2MJSAN61CNE0CJ6VT6PXP\"}");
		sinch.post(project, "/bundles", "{\"name\": \"Acme marketing\", \"region\": \"EU\", \"smsApp\": true, \"convApp\": true}");
		TestSandbox.get().advance(Duration.ofMinutes(1));
	}

	private static void save(ChromeDriver browser, Path target) throws IOException {
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
