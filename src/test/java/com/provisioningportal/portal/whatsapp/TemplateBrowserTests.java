package com.provisioningportal.portal.whatsapp;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * An onboarder in a real browser: writes a template with the live preview, sends it, and watches Meta's decision
 * arrive on the open page; deletes one language of a template by typing its name. Each checks the audit rows.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class TemplateBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

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
	void signedInOnboarderWithAProject() {
		project = ProjectFixtures.register(context,
				TestSandbox.get().addOnboardedProject("Browser templates " + UUID.randomUUID()), "browser-secret");
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("onboarder");
		browser.findElement(By.id("password")).sendKeys("onboarder");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
	}

	@Test
	void aNewTemplateIsPreviewedWhileWrittenAndTurnsApprovedOnItsOpenPage() {
		String name = "welcome_" + Long.toString(System.nanoTime(), 36);
		browser.get(url("/projects/" + project.id() + "/whatsapp/templates"));
		browser.findElement(By.id("new-template")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("template-form")));

		browser.findElement(By.id("name")).sendKeys(name);
		new Select(browser.findElement(By.id("language"))).selectByValue("EN");
		new Select(browser.findElement(By.id("category"))).selectByValue("UTILITY");
		browser.findElement(By.id("bodyText")).sendKeys("Hello {{1}}, welcome to the shop.");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bodyExamples0")));
		assertThat(browser.findElement(By.id("preview-checks")).getText()).contains("✗ Body: an example for each variable (1 missing)");
		browser.findElement(By.id("bodyExamples0")).sendKeys("Anna");
		new Select(browser.findElement(By.id("buttons0.type"))).selectByValue("QUICK_REPLY");
		browser.findElement(By.id("buttons0.text")).sendKeys("Say hi");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#template-preview .wa-body"),
				"Hello Anna, welcome to the shop."));
		assertThat(browser.findElement(By.cssSelector("#template-preview .wa-buttons")).getText()).isEqualTo("Say hi");
		assertThat(browser.findElement(By.id("preview-checks")).getText()).doesNotContain("✗");
		browser.findElement(By.cssSelector("#template-form button[type=submit]")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#template-status [data-state='PENDING']")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("sent to Meta for review");
		browser.executeScript("window.stillTheSamePage = true;");

		TestSandbox.get().advance(Duration.ofMinutes(2));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#template-status [data-state='APPROVED']")));
		assertThat(((JavascriptExecutor) browser).executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		assertThat(browser.findElement(By.id("template-status")).getAttribute("hx-get")).isNull();
		assertThat(audit(name + "/EN")).containsExactly("WHATSAPP_TEMPLATE_CREATE ATTEMPT onboarder",
				"WHATSAPP_TEMPLATE_CREATE SUCCEEDED onboarder");
	}

	@Test
	void oneLanguageIsDeletedAfterTypingTheTemplatesName() {
		String name = "bye_" + Long.toString(System.nanoTime(), 36);
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		for (String language : List.of("EN", "DE")) {
			sinch.post(project, "/whatsapp/templates", """
					{"name": "%s", "language": "%s", "category": "UTILITY", "details": {"components": [
					 {"type": "BODY", "text": "Goodbye and thanks."}]}}""".formatted(name, language));
		}
		TestSandbox.get().advance(Duration.ofMinutes(2));

		browser.get(url("/projects/" + project.id() + "/whatsapp/templates/" + name + "/EN"));
		var button = browser.findElement(By.cssSelector("#delete-language-form button[type=submit]"));
		assertThat(button.isEnabled()).isFalse();
		browser.findElement(By.id("delete-language-confirmation")).sendKeys(name);
		wait.until(ExpectedConditions.elementToBeClickable(button)).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "deleted"));
		assertThat(browser.getCurrentUrl()).endsWith("/projects/" + project.id() + "/whatsapp/templates");
		assertThat(browser.findElements(By.cssSelector("[data-template='" + name + "/EN']"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("[data-template='" + name + "/DE']"))).hasSize(1);
		assertThat(audit(name + "/EN")).containsExactly("WHATSAPP_TEMPLATE_DELETE_LANGUAGE ATTEMPT onboarder",
				"WHATSAPP_TEMPLATE_DELETE_LANGUAGE SUCCEEDED onboarder");
		assertThat(jdbc.sql("select before::text from audit_event where resource_id = ? and phase = 'ATTEMPT'")
			.param(name + "/EN").query(String.class).single()).contains("\"state\": \"APPROVED\"");
	}

	private List<String> audit(String resourceId) {
		return jdbc.sql("select action || ' ' || phase || ' ' || actor from audit_event where resource_type = 'whatsapp-template' and resource_id = ? order by id")
			.param(resourceId).query(String.class).list();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
