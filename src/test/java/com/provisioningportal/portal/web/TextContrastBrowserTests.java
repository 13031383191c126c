package com.provisioningportal.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.Browser;
import com.provisioningportal.testsupport.PortalServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links and outline buttons on the main pages have the 4.5:1 contrast against what is behind them that WCAG 2.2
 * (1.4.3, AA) asks of text, measured on the colours the browser computed. One rule of several; the full axe-core
 * audit of every page belongs with the fragments' redesign.
 */
@PortalServerTest
@EnabledIf(value = "com.provisioningportal.testsupport.Browser#installed",
		disabledReason = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
class TextContrastBrowserTests {

	/** For each visible link and outline button: its text, and its contrast ratio when under 4.5:1. */
	private static final String LOW_CONTRAST = """
			function channel(c) { c = c / 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }
			function luminance(rgb) { return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]); }
			function rgba(text) { return text.match(/[\\d.]+/g).map(Number); }
			function background(element) {
			  for (let node = element; node; node = node.parentElement) {
			    const colour = rgba(getComputedStyle(node).backgroundColor);
			    if (colour.length < 4 || colour[3] > 0) { return colour; }
			  }
			  return [255, 255, 255];
			}
			const low = [];
			document.querySelectorAll('a, .btn-outline-primary').forEach(element => {
			  if (!element.offsetParent || !element.textContent.trim()) { return; }
			  const fore = luminance(rgba(getComputedStyle(element).color));
			  const back = luminance(background(element));
			  const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
			  if (ratio < 4.5) { low.push(element.textContent.trim().slice(0, 40) + ' ' + ratio.toFixed(2) + ':1'); }
			});
			return low;""";

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

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
	void linksAndOutlineButtonsOnTheMainPagesAreReadable() {
		SandboxProject project = ProjectFixtures.registerWithCallback(context, "Contrast " + UUID.randomUUID(), "contrast");
		String base = "http://localhost:" + port;
		Browser.signIn(browser, new WebDriverWait(browser, Duration.ofSeconds(20)), base, "admin");

		for (String page : List.of("/", "/projects", "/projects/" + project.id(), "/projects/" + project.id() + "/whatsapp/senders",
				"/projects/" + project.id() + "/whatsapp/templates", "/projects/" + project.id() + "/sms/apps",
				"/projects/" + project.id() + "/webhooks", "/admin/users", "/admin/teams")) {
			browser.get(base + page);
			assertThat(browser.executeScript(LOW_CONTRAST)).as("text under 4.5:1 on %s", page).asList().isEmpty();
		}
	}

}
