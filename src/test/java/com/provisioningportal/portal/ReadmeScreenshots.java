package com.provisioningportal.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
		addWebhooks(acme);
		ProjectFixtures.registerWithCallback(context, "Globex Travel", "screenshot-secret-2");
		Path folder = Path.of("docs", "screenshots");
		Files.createDirectories(folder);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("dashboard", "/");
		pages.put("projects", "/projects");
		pages.put("project", "/projects/" + context.getBean(ProjectDirectory.class).all().get(0).projectId());
		pages.put("webhooks", "/projects/" + acme.id() + "/webhooks");
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
		}
		finally {
			browser.quit();
		}
		assertThat(folder.resolve("dashboard.png")).exists();
	}

	/** The portal's own callback and two of the customer's, as the webhooks page shows them. */
	private static void addWebhooks(SandboxProject project) {
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		sinch.post(project, "/webhooks", """
				{"target": "http://localhost:8080/callbacks/sinch/%s", "secret": "screenshot-secret-1", "triggers": ["ALL"]}
				""".formatted(project.id()));
		sinch.post(project, "/webhooks", """
				{"target": "https://crm.acme.example/sinch/senders", "secret": "screenshot-webhook-secret-2",
				 "triggers": ["WHATSAPP_SENDER_ACTIVE", "WHATSAPP_SENDER_ERROR", "WHATSAPP_SENDER_REJECTED"]}""");
		sinch.post(project, "/webhooks", """
				{"target": "https://ops.acme.example/hooks/templates", "secret": "screenshot-webhook-secret-3",
				 "triggers": ["WHATSAPP_TEMPLATE_APPROVED", "WHATSAPP_TEMPLATE_REJECTED", "BUNDLE_DONE"]}""");
	}

	private static void save(ChromeDriver browser, Path target) throws IOException {
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
