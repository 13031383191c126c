package com.provisioningportal.portal.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An export started on the audit page downloads its file while the page follows it to the end. */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class AuditExportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog auditLog;

	@TempDir
	Path downloads;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
		browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() {
		browser.quit();
	}

	@Test
	void anExportStartedOnTheAuditPageShowsItsProgressUntilItFinishes() throws IOException {
		String resource = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			auditLog.record(AuditEntry.of("TEST_EXPORT_BROWSER").resource("test-export", resource), Phase.SUCCEEDED,
					Outcome.ok());
		}
		String base = "http://localhost:" + port;
		Browser.signIn(browser, wait, base, "auditor");
		browser.get(base + "/audit?resourceId=" + resource);
		browser.executeScript("window.stillTheSamePage = true;");

		browser.findElement(By.id("export-csv")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#export-status[data-state='DONE']")));
		assertThat(browser.findElement(By.id("export-text")).getText()).isEqualTo("Export finished: 3 rows");
		assertThat(browser.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		wait.until(any -> csvFiles().size() == 1);
		assertThat(Files.readAllLines(csvFiles().get(0))).hasSize(4).first().asString().startsWith("id,occurred_at");
	}

	private List<Path> csvFiles() {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.filter(file -> file.toString().endsWith(".csv")).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
