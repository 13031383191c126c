package com.provisioningportal.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
			browser.get(base + "/audit/verify");
			browser.findElement(By.cssSelector("form[action$='/audit/checkpoints'] button")).click();
			browser.findElement(By.cssSelector("form[action$='/audit/checkpoints'] button")).click();
			browser.findElement(By.cssSelector("form[action$='/audit/verify'] button")).click();
			browser.executeScript("document.getElementById('signing-key').scrollIntoView()");
			save(browser, folder.resolve("audit-verify.png"));
			browser.get(base + "/projects/" + acme.id() + "/sms/apps/new/bundle");
			new Select(browser.findElement(By.id("region"))).selectByValue("EU");
			browser.findElement(By.id("name")).sendKeys("Acme order alerts");
			browser.findElement(By.id("name")).submit();
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bundle-progress[data-state='IN_PROGRESS']")));
			save(browser, folder.resolve("sms-bundle.png"));
			browser.get(base + "/projects/" + acme.id() + "/sms/apps");
			save(browser, folder.resolve("sms-apps.png"));
			String templates = base + "/projects/" + projectWithTemplates().id() + "/whatsapp/templates";
			browser.get(templates);
			save(browser, folder.resolve("templates.png"));
			browser.get(templates + "/new");
			browser.findElement(By.id("name")).sendKeys("delivery_update");
			new Select(browser.findElement(By.id("language"))).selectByValue("EN");
			new Select(browser.findElement(By.id("category"))).selectByValue("UTILITY");
			new Select(browser.findElement(By.id("headerFormat"))).selectByValue("TEXT");
			browser.findElement(By.id("headerText")).sendKeys("Your parcel");
			browser.findElement(By.id("bodyText")).sendKeys("Hi {{1}}, your parcel {{2}} arrives today between 2 and 4 pm.");
			browser.findElement(By.id("bodyExamples0")).sendKeys("Anna");
			browser.findElement(By.id("bodyExamples1")).sendKeys("A-1001");
			browser.findElement(By.id("footerText")).sendKeys("Acme Shop deliveries");
			new Select(browser.findElement(By.id("buttons0.type"))).selectByValue("URL");
			browser.findElement(By.id("buttons0.text")).sendKeys("Track parcel");
			browser.findElement(By.id("buttons0.url")).sendKeys("https://shop.example/track/{{1}}");
			browser.findElement(By.id("buttons0.example")).sendKeys("A-1001");
			browser.executeScript("document.activeElement.blur(); window.scrollTo({top: document.getElementById('headerFormat')"
					+ ".getBoundingClientRect().top + window.scrollY - 60, behavior: 'instant'});");
			save(browser, folder.resolve("template-new.png"));
			browser.get(base + "/projects/" + acme.id() + "/rcs/senders/" + launchingRcsSender(acme));
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rcs-sender-status [data-country='DE']")));
			save(browser, folder.resolve("rcs-launch.png"));
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

	/** A few SMS apps at the sandbox: one on its own, one linked to a Conversation app, one made by a bundle. */
	private static void smsAppsOf(SandboxProject project) {
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		sinch.post(project, "/sms/smsApps", "{\"name\": \"Acme reminders\", \"region\": \"US\"}");
		sinch.post(project, "/sms/smsApps",
				"{\"name\": \"Acme support\", \"region\": \"EU\", \"convApiAppId\": \"01KXD2MJSAN61CNE0CJ6VT6PXP\"}");
		sinch.post(project, "/bundles", "{\"name\": \"Acme marketing\", \"region\": \"EU\", \"smsApp\": true, \"convApp\": true}");
		TestSandbox.get().advance(Duration.ofMinutes(1));
	}

	/** An onboarded project whose templates are in the states a list shows: approved, under review, rejected, draft. */
	private SandboxProject projectWithTemplates() {
		SandboxProject project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Acme Shop"),
				"screenshot-secret-3");
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		for (String template : List.of("order_confirmation:EN", "order_confirmation:DE", "reject_spring_sale:EN")) {
			String[] nameAndLanguage = template.split(":");
			sinch.post(project, "/whatsapp/templates", """
					{"name": "%s", "language": "%s", "category": "UTILITY", "details": {"components": [
					 {"type": "BODY", "text": "Thanks {{1}}, we received your order.", "examples": ["Anna"]}]}}"""
				.formatted(nameAndLanguage[0], nameAndLanguage[1]));
		}
		TestSandbox.get().advance(Duration.ofMinutes(2));
		sinch.post(project, "/whatsapp/templates", """
				{"name": "parcel_delivered", "language": "EN", "category": "UTILITY", "details": {"components": [
				 {"type": "BODY", "text": "Your parcel was delivered."}]}}""");
		sinch.post(project, "/whatsapp/templates", """
				{"name": "winter_offer", "language": "EN", "category": "MARKETING", "status": "DRAFT"}""");
		return project;
	}

	/**
	 * An RCS sender half-way through its launch in France and Germany: Sinch's review passed, three operators of
	 * each country have decided (Germany's last one refused), France's last one is still deciding.
	 */
	private static String launchingRcsSender(SandboxProject project) {
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		String id = sinch.post(project, "/rcs/senders", """
				{"region": "EU", "billingCategory": "NON_CONVERSATIONAL", "useCase": "TRANSACTIONAL",
				 "details": {"brand": {"name": "Partial Acme Home", "description": "Everything for the home", "color": "#0B5FFF",
				  "logoUrl": "https://home.acme.example/logo.png", "bannerUrl": "https://home.acme.example/banner.png",
				  "privacyPolicyUrl": "https://home.acme.example/privacy", "termsOfServiceUrl": "https://home.acme.example/terms",
				  "emails": [{"label": "Support", "address": "support@home.acme.example"}]},
				  "countries": ["FR", "DE"], "testNumbers": ["+48600100901"],
				  "questionnaire": {
				   "general": {"answers": {"optInDescription": "At checkout", "triggerDescription": "Orders",
				    "interactionsDescription": "Order updates", "optOutDescription": "Reply STOP"}},
				   "verification": {"answers": {"name": "Eva Nowak", "email": "eva@home.acme.example",
				    "title": "Head of e-commerce", "website": "https://home.acme.example"}}}}}""").json().path("id").asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		sinch.post(project, "/rcs/senders/" + id + "/launch", "{}");
		for (int step = 0; step < 4; step++) {
			TestSandbox.get().advance(Duration.ofSeconds(30));
		}
		return id;
	}

	private static void save(ChromeDriver browser, Path target) throws IOException {
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

}
