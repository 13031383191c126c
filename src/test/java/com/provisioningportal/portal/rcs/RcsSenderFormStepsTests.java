package com.provisioningportal.portal.rcs;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The create form in steps as the server renders it: every step a fieldset, so that without a script the form is
 * whole; a refused submit opens at the first step with a problem; only the brand forms may show linked images.
 */
@PortalTest
class RcsSenderFormStepsTests {

	private static final Pattern LEGEND = Pattern.compile("<fieldset class=\"form-step[^\"]*\" id=\"([^\"]+)\"[^>]*>\\s*<legend[^>]*>([^<]+)</legend>");

	private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	private static final String CSP = "Content-Security-Policy";

	private static final String LINKED_IMAGES = "img-src 'self' data: https:;";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	SandboxProject project;

	String base;

	@BeforeEach
	void project() {
		project = ProjectFixtures.registerWithCallback(context, "RCS steps " + UUID.randomUUID(), "rcs-secret");
		base = "/projects/" + project.id() + "/rcs/senders";
	}

	@Test
	void theFormAsksInFiveStepsEachAFieldsetWithItsLegendInOrder() throws Exception {
		String page = newForm();

		assertThat(steps(page)).containsExactly("step-brand 1. Brand", "step-contact 2. Contact", "step-media 3. Media",
				"step-test-numbers 4. Test numbers", "step-review 5. Review");
		assertThat(step(page, "step-brand")).contains("id=\"region\"", "id=\"brandName\"", "id=\"color\"", "name=\"countries\"");
		assertThat(step(page, "step-contact")).contains("id=\"contactEmail\"", "id=\"termsOfServiceUrl\"");
		assertThat(step(page, "step-media")).contains("id=\"logoUrl\"", "id=\"bannerUrl\"", "224 × 224 px", "1440 × 448 px",
				"Sinch checks the file size");
		assertThat(step(page, "step-test-numbers")).contains("id=\"testNumbers\"");
		String form = page.substring(page.indexOf("id=\"new-rcs-sender-form\""));
		assertThat(form.substring(0, form.indexOf("</form>"))).containsOnlyOnce("type=\"submit\"")
			.doesNotContain("<form", "data-open-step");
		assertThat(page).contains("src=\"/js/rcs-sender-form.js\"");
	}

	@Test
	void aSubmitWithProblemsInTwoStepsShowsEachBesideItsFieldKeepsTheValuesAndOpensAtTheFirst() throws Exception {
		String page = mvc.perform(post(base + "/new").with(user("onboarder").roles("ONBOARDER")).with(csrf())
			.param("formToken", token(newForm()))
			.param("region", "EU")
			.param("billingCategory", "CONVERSATIONAL")
			.param("useCase", "PROMOTIONAL")
			.param("brandName", "Sandbox Bakery")
			.param("contactEmail", "not-an-address")
			.param("privacyPolicyUrl", "https://bakery.example.com/privacy")
			.param("bannerUrl", "banner.png")
			.param("testNumbers", "+48600100901"))
			.andExpect(status().isOk())
			.andExpect(header().string(CSP, containsString(LINKED_IMAGES)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("data-open-step=\"step-contact\"");
		assertThat(step(page, "step-contact")).containsPattern(
				"id=\"contactEmail\"[^>]*value=\"not-an-address\"[^>]*>\\s*<div class=\"invalid-feedback\" id=\"contactEmail-error\">Enter an e-mail address")
			.contains("value=\"https://bakery.example.com/privacy\"");
		assertThat(step(page, "step-media")).containsPattern(
				"id=\"bannerUrl\"[^>]*value=\"banner.png\"[^>]*>\\s*<div class=\"invalid-feedback\" id=\"bannerUrl-error\">Enter an http or https address");
		assertThat(step(page, "step-brand")).contains("value=\"Sandbox Bakery\"").doesNotContain("invalid-feedback\" id=");
		assertThat(step(page, "step-test-numbers")).contains("+48600100901</textarea>");
	}

	@Test
	void aProblemOfTheWholeFormOpensAtTheReviewBesideTheButton() throws Exception {
		String page = mvc.perform(post(base + "/new").with(user("onboarder").roles("ONBOARDER")).with(csrf())
			.param("formToken", "")
			.param("region", "EU")
			.param("billingCategory", "CONVERSATIONAL")
			.param("useCase", "PROMOTIONAL")
			.param("brandName", "Sandbox Bakery"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("There is a problem", "data-open-step=\"step-review\"");
	}

	@Test
	void onlyTheBrandFormsMayShowImagesFromElsewhere() throws Exception {
		String sender = new SandboxClient(TestSandbox.get()).post(project, "/rcs/senders", RcsSenderPagesTests.ready("Linked Images"))
			.json().path("id").asString();

		mvc.perform(get(base + "/new").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(header().string(CSP, containsString(LINKED_IMAGES)));
		mvc.perform(get(base + "/" + sender + "/edit").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andExpect(header().string(CSP, containsString(LINKED_IMAGES)));
		for (String other : List.of(base, base + "/" + sender, "/projects/" + project.id())) {
			mvc.perform(get(other).with(user("onboarder").roles("ONBOARDER")))
				.andExpect(status().isOk())
				.andExpect(header().string(CSP, containsString("img-src 'self' data:;")))
				.andExpect(header().string(CSP, not(containsString("https:"))));
		}
	}

	private String newForm() throws Exception {
		return mvc.perform(get(base + "/new").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> steps(String page) {
		List<String> steps = new ArrayList<>();
		Matcher legend = LEGEND.matcher(page);
		while (legend.find()) {
			steps.add(legend.group(1) + " " + legend.group(2).strip());
		}
		return steps;
	}

	/** The page from the step's fieldset to the next step's, or to the end of the form. */
	private static String step(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		int next = page.indexOf("class=\"form-step", start);
		return page.substring(start, (next > 0) ? next : page.indexOf("</form>", start));
	}

	private static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("a one-time token on the form").isTrue();
		return matcher.group(1);
	}

}
