package com.provisioningportal.portal.web;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlEmailInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlPasswordInput;
import org.htmlunit.html.HtmlSearchInput;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.HtmlTextInput;
import org.htmlunit.html.HtmlUrlInput;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile values in every free-text field of every form on the main pages, and in their query parameters, as an
 * administrator and anonymously: no answer is a server error, none reflects the markup unescaped, none shows an
 * exception. Values: markup, template and expression syntax, NUL and control characters, CRLF, a very long value,
 * path traversal, SQL, lone surrogates.
 */
@PortalTest
class HostileInputTests {

	static final String MARKUP = "<x-hostile onclick=alert(1)>";

	static final List<String> CORPUS = List.of(MARKUP, "{{7*7}} ${7*7} #{7*7} [[${7*7}]] __${T(java.lang.Runtime)}__",
			"a\u0000b", "\u0007\u001b[31m\u007f", "a\r\nSet-Cookie: hostile=1", "x".repeat(10_000), "../../../etc/passwd",
			"' or 1=1 --", "%00%2e%2e%2f{x}", "\uD800lone\uDFFF", "😀".repeat(50));

	@Autowired
	MockMvc mvc;

	/** Requests sent with a hostile value, so a page whose forms went missing cannot pass unnoticed. */
	int sent;

	@Autowired
	ApplicationContext applicationContext;

	@Test
	void noFormOrQueryOnTheMainPagesAnswersAServerErrorOrReflectsMarkupToAnAdministrator() throws Exception {
		SandboxProject project = ProjectFixtures.register(applicationContext,
				TestSandbox.get().addOnboardedProject("Hostile " + UUID.randomUUID()), "hostile-secret");
		new SandboxClient(TestSandbox.get()).post(project, "/webhooks", """
				{"target": "https://crm.example.com/hostile", "secret": "hostile-webhook-secret", "triggers": ["ALL"]}""");
		String projectPath = "/projects/" + project.id();
		List<String> problems = attack("admin", List.of("/projects", "/projects/new", projectPath + "/edit",
				projectPath + "/whatsapp/senders", projectPath + "/whatsapp/templates", projectPath + "/whatsapp/templates/new",
				projectPath + "/sms/apps", projectPath + "/sms/apps/new", projectPath + "/webhooks",
				projectPath + "/webhooks/new", projectPath + "/whatsapp/connect", "/admin/users", "/admin/users/new",
				"/admin/teams", "/audit", "/account/password"));

		assertThat(problems).isEmpty();
		assertThat(sent).as("hostile requests sent").isGreaterThan(200);
	}

	@Test
	void noFormAnswersAServerErrorOrReflectsMarkupToSomeoneNotSignedIn() throws Exception {
		assertThat(attack(null, List.of("/login"))).isEmpty();
	}

	/** Signs in as {@code username} (the seeded user, whose password is its name) unless null, then attacks. */
	private List<String> attack(String username, List<String> pages) throws Exception {
		List<String> problems = new ArrayList<>();
		try (WebClient browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build()) {
			browser.getOptions().setJavaScriptEnabled(false);
			browser.getOptions().setCssEnabled(false);
			browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
			if (username != null) {
				HtmlPage signIn = browser.getPage("http://localhost/login");
				HtmlForm form = signIn.getForms().get(0);
				form.getInputByName("username").setValue(username);
				form.getInputByName("password").setValue(username);
				HtmlPage landed = form.getOneHtmlElementByAttribute("button", "type", "submit").click();
				assertThat(landed.getUrl().getPath()).isEqualTo("/");
			}
			browser.getOptions().setRedirectEnabled(false);
			for (String path : pages) {
				Page page = browser.getPage("http://localhost" + path);
				if (!(page instanceof HtmlPage html)) {
					problems.add(path + ": not a page (" + page.getWebResponse().getStatusCode() + ")");
					continue;
				}
				for (HtmlForm form : html.getForms()) {
					List<HtmlElement> fields = freeTextFields(form);
					if (fields.isEmpty() || form.getActionAttribute().endsWith("/logout")) {
						continue;
					}
					for (String value : CORPUS) {
						html = (HtmlPage) browser.getPage("http://localhost" + path);
						HtmlForm fresh = sameForm(html, form);
						for (HtmlElement field : freeTextFields(fresh)) {
							field.setAttribute("value", value);
							if (field instanceof HtmlTextArea area) {
								area.setText(value);
							}
						}
						check(browser, fresh.getWebRequest(null), path + " form " + form.getActionAttribute(), value, problems);
					}
				}
				for (String value : CORPUS) {
					WebRequest query = new WebRequest(new URL("http://localhost" + path), HttpMethod.GET);
					query.setRequestParameters(List.of(new NameValuePair("pageToken", value), new NameValuePair("name", value),
							new NameValuePair("actor", value), new NameValuePair("state", value)));
					check(browser, query, path + " query", value, problems);
				}
			}
		}
		return problems;
	}

	private static HtmlForm sameForm(HtmlPage page, HtmlForm original) {
		return page.getForms()
			.stream()
			.filter(form -> form.getActionAttribute().equals(original.getActionAttribute())
					&& form.getMethodAttribute().equals(original.getMethodAttribute()))
			.findFirst()
			.orElseThrow();
	}

	private void check(WebClient browser, WebRequest request, String where, String value, List<String> problems)
			throws Exception {
		String shown = value.length() > 30 ? value.substring(0, 30) + "…" : value;
		WebResponse response;
		sent++;
		try {
			response = browser.loadWebResponse(request);
		}
		catch (Exception ex) {
			problems.add(where + " with " + shown + ": " + ex);
			return;
		}
		String body = response.getContentAsString();
		if (response.getStatusCode() >= 500) {
			problems.add(where + " with " + shown + ": " + response.getStatusCode());
		}
		if (body != null && body.contains("<x-hostile")) {
			problems.add(where + " with " + shown + ": markup reflected unescaped");
		}
		if (body != null && (body.contains("Exception") || body.contains("\tat com.") || body.contains("org.springframework."))) {
			problems.add(where + " with " + shown + ": an exception is shown");
		}
		if (response.getResponseHeaders().stream().anyMatch(header -> header.getName().equalsIgnoreCase("Set-Cookie")
				&& header.getValue().startsWith("hostile="))) {
			problems.add(where + " with " + shown + ": a header was injected");
		}
	}

	private static List<HtmlElement> freeTextFields(HtmlForm form) {
		return StreamSupport.stream(form.getHtmlElementDescendants().spliterator(), false)
			.filter(element -> element instanceof HtmlTextInput || element instanceof HtmlPasswordInput
					|| element instanceof HtmlEmailInput || element instanceof HtmlSearchInput
					|| element instanceof HtmlUrlInput || element instanceof HtmlTextArea)
			.toList();
	}

}
