package com.provisioningportal.portal.whatsapp;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.sandbox.FaultRule;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The template pages against the sandbox: the list and its filters, Meta's rules checked before anything is sent,
 * Sinch's refusals explained next to the fields, and every change audited with its before and after.
 */
@PortalTest
class TemplatePagesTests {

	private static final AtomicInteger NAMES = new AtomicInteger();

	private final SandboxClient sinch = new SandboxClient(TestSandbox.get());

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OneTimeForms forms;

	SandboxProject project;

	String base;

	@BeforeEach
	void onboardedProject() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Templates " + UUID.randomUUID()),
				"templates-secret");
		base = "/projects/" + project.id() + "/whatsapp/templates";
	}

	@AfterEach
	void noFaults() {
		TestSandbox.get().faults().clear();
	}

	// --- list

	@Test
	void theListShowsEachLanguageWithItsStateAndPassesTheFiltersToSinch() throws Exception {
		String approved = approvedTemplate();
		String draft = name();
		sinch.post(project, "/whatsapp/templates", """
				{"name": "%s", "language": "DE", "category": "UTILITY", "status": "DRAFT"}""".formatted(draft));

		mvc.perform(get(base).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-template=\"" + approved + "/EN\"")))
			.andExpect(content().string(containsString("data-template=\"" + draft + "/DE\"")))
			.andExpect(content().string(containsString("data-state=\"APPROVED\"")))
			.andExpect(content().string(containsString("quick-filter")));

		mvc.perform(get(base).param("state", "APPROVED").param("status", "DRAFT").param("name", "tpl_").with(viewer()))
			.andExpect(status().isOk());
		assertThat(TestSandbox.get().requests()).filteredOn(request -> request.path().endsWith(project.id() + "/whatsapp/templates"))
			.last()
			.satisfies(request -> assertThat(request.query()).contains("filterStates=APPROVED", "filterStatuses=DRAFT",
					"templateName=tpl_"));

		mvc.perform(get(base).param("status", "DRAFT").with(viewer()))
			.andExpect(content().string(containsString("data-template=\"" + draft + "/DE\"")))
			.andExpect(content().string(not(containsString("data-template=\"" + approved + "/EN\""))))
			.andExpect(content().string(containsString("Clear filters")));
	}

	@Test
	void pagesFollowSinchsPageTokens() throws Exception {
		for (int template = 0; template < TemplateController.PAGE_SIZE + 1; template++) {
			sinch.post(project, "/whatsapp/templates", """
					{"name": "%s", "language": "EN", "category": "UTILITY", "status": "DRAFT"}""".formatted(name()));
		}

		String firstPage = mvc.perform(get(base).with(viewer())).andReturn().getResponse().getContentAsString();
		assertThat(firstPage).contains("pageToken=");
		String next = firstPage.replaceAll("(?s).*href=\"([^\"]*pageToken=[^\"]*)\".*", "$1").replace("&amp;", "&");

		String secondPage = mvc.perform(get(next).with(viewer())).andReturn().getResponse().getContentAsString();
		assertThat(secondPage).contains("Previous").contains("data-template=");
		assertThat(secondPage.split("data-template=", -1)).hasSize(2);
	}

	@Test
	void anEmptyProjectSaysWhatTemplatesAreFor() throws Exception {
		mvc.perform(get(base).with(onboarder()))
			.andExpect(content().string(containsString("No templates yet")))
			.andExpect(content().string(containsString("New template")));
	}

	// --- create

	@Test
	void aValidTemplateIsCreatedAtSinchAuditedWithItsAfterAndWaitedOn() throws Exception {
		String name = name();

		mvc.perform(create(name))
			.andExpect(redirectedUrl(base + "/" + name + "/EN"))
			.andExpect(flash().attribute("flashSuccess", containsString("sent to Meta for review")));

		JsonNode template = sinchTemplate(name, "EN");
		assertThat(template.path("state").asString()).isEqualTo("PENDING");
		assertThat(template.path("details").path("components").toString()).contains("\"type\":\"BODY\"")
			.contains("Hello {{1}}, your order {{2}} is on its way.")
			.contains("[\"Anna\",\"A-1001\"]")
			.contains("\"format\":\"TEXT\"")
			.contains("\"type\":\"QUICK_REPLY\"")
			.contains("https://shop.example/track/{{1}}");
		assertThat(audit(name + "/EN")).containsExactly("WHATSAPP_TEMPLATE_CREATE ATTEMPT", "WHATSAPP_TEMPLATE_CREATE SUCCEEDED");
		assertThat(auditAfter(name + "/EN")).contains("\"state\": \"PENDING\"");
		assertThat(jdbc.sql("select state from watched_status where kind = 'whatsapp-template' and resource_id = ?")
			.param(name + "/EN").query(String.class).single()).isEqualTo("PENDING/IN_PROGRESS");
	}

	@Test
	void aTextHeaderVariableAndADynamicLinkReachSinchWithTheExamplesItPublishes() throws Exception {
		String name = name();

		mvc.perform(create(name, "headerText", "Order {{1}}", "headerExample", "A-1001"))
			.andExpect(redirectedUrl(base + "/" + name + "/EN"));

		JsonNode components = sinchTemplate(name, "EN").path("details").path("components");
		assertThat(components.get(0).path("example").asString()).isEqualTo("A-1001");
		assertThat(components.get(0).has("examples")).isFalse();
		JsonNode link = components.get(3).path("buttons").get(1);
		assertThat(link.path("url").asString()).isEqualTo("https://shop.example/track/{{1}}");
		assertThat(link.path("example").asString()).isEqualTo("https://shop.example/track/A-1001");
		mvc.perform(get(base + "/" + name + "/EN/edit").with(onboarder()))
			.andExpect(content().string(containsString("value=\"A-1001\"")))
			.andExpect(content().string(not(containsString("value=\"https://shop.example/track/A-1001\""))));
	}

	@Test
	void aMediaHeaderReachesSinchWithItsSampleAddress() throws Exception {
		String name = name();

		mvc.perform(create(name, "headerFormat", "IMAGE", "headerText", "", "headerExample", "https://shop.example/box.jpg"))
			.andExpect(redirectedUrl(base + "/" + name + "/EN"));

		JsonNode header = sinchTemplate(name, "EN").path("details").path("components").get(0);
		assertThat(header.path("format").asString()).isEqualTo("IMAGE");
		assertThat(header.path("example").path("url").asString()).isEqualTo("https://shop.example/box.jpg");
	}

	@Test
	void aLinkExampleWithASpaceIsRefusedBesideIt() throws Exception {
		mvc.perform(create(name(), "buttons[1].example", "A 1001"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The example goes into the link: use no spaces.")));
	}

	@Test
	void aDraftIsOnlyStoredAtSinch() throws Exception {
		String name = name();

		mvc.perform(create(name, "submit", "false"))
			.andExpect(flash().attribute("flashSuccess", containsString("Nothing goes to Meta")));

		JsonNode template = sinchTemplate(name, "EN");
		assertThat(template.has("state")).isFalse();
		assertThat(template.path("changes").path("status").asString()).isEqualTo("DRAFT");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			name with capitals                | name         | Order_Update                                      | name         | Use lower-case letters
			name ending in an underscore      | name         | order_                                            | name         | Use lower-case letters
			no name                           | name         | ''                                                | name         | Enter the template's name
			no language                       | language     | ''                                                | language     | Choose the template's language
			authentication category           | category     | AUTHENTICATION                                    | category     | fixed layout
			header variable not {{1}}         | headerText   | Order {{2}}                                       | headerText   | one variable, written {{1}}
			two header variables              | headerText   | {{1}} and {{2}}                                   | headerText   | one variable, written {{1}}
			header longer than 60             | headerText   | Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | headerText | 60 characters
			no body                           | bodyText     | ''                                                | bodyText     | Enter the message's text
			variables with a gap              | bodyText     | Hello {{1}}, order {{3}} is here.                 | bodyText     | without gaps
			a named variable                  | bodyText     | Hello {{name}}, welcome.                          | bodyText     | {{name}} is not one
			a variable not closed             | bodyText     | Hello {{1}, welcome.                              | bodyText     | not closed
			a variable at the start           | bodyText     | {{1}} is your order, {{2}} is here.               | bodyText     | very start or end
			a variable at the end             | bodyText     | Your order is {{1}}, from {{2}}                   | bodyText     | very start or end
			footer with a variable            | footerText   | Thanks {{1}}                                      | footerText   | cannot have variables
			footer longer than 60             | footerText   | Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | footerText | 60 characters
			button label longer than 25       | buttons[0].text | A label that is far too long for Meta      | buttons[0].text | 25 characters
			a link to wa.me                   | buttons[1].url  | https://wa.me/4930123456                   | buttons[1].url  | wa.me
			a link that is no address         | buttons[1].url  | shop.example/track                         | buttons[1].url  | https:// or http://
			a variable inside the link        | buttons[1].url  | https://shop.example/{{1}}/track           | buttons[1].url  | at its very end
			""")
	void eachOfMetasRulesIsCheckedBeforeAnythingIsSent(String rule, String field, String value, String errorField,
			String message) throws Exception {
		String name = field.equals("name") ? "ignored" : name();
		String page = mvc.perform(create(name, field, value))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).as(rule).contains("There is a problem").contains(escape(message));
		assertThat(page).as("the message is next to " + errorField).containsPattern("(?s)invalid-feedback[^>]*>[^<]*" + java.util.regex.Pattern.quote(escape(message)));
		// A category the form does not offer cannot show as chosen; every other value is kept as typed.
		assertThat(page).as("values kept").contains((value.isEmpty() || field.equals("category")) ? "Reply STOP to opt out" : escape(value));
		assertThat(audit(name + "/EN")).as("nothing sent").isEmpty();
	}

	@Test
	void anExampleIsNeededForEachVariable() throws Exception {
		String name = name();

		mvc.perform(create(name, "bodyExamples[1]", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give an example for each variable: the text has 2, and 1 example is filled in.")));
		mvc.perform(create(name, "headerText", "Order {{1}}", "headerExample", ""))
			.andExpect(content().string(containsString("Give an example of {{1}} so Meta can review the header.")));
		mvc.perform(create(name, "buttons[1].example", ""))
			.andExpect(content().string(containsString("Give an example of the link&#39;s {{1}}")));
		assertThat(audit(name + "/EN")).isEmpty();
	}

	@Test
	void buttonCountsFollowMetasLimits() throws Exception {
		String name = name();

		mvc.perform(create(name).param("buttons[2].type", "URL").param("buttons[2].text", "Shop").param("buttons[2].url", "https://shop.example")
			.param("buttons[3].type", "URL").param("buttons[3].text", "Help").param("buttons[3].url", "https://shop.example/help"))
			.andExpect(content().string(containsString("Meta allows at most 2 link buttons.")));
		mvc.perform(create(name).param("buttons[2].type", "PHONE_NUMBER").param("buttons[2].text", "Call").param("buttons[2].phoneNumber", "+4930123456")
			.param("buttons[3].type", "PHONE_NUMBER").param("buttons[3].text", "Call us").param("buttons[3].phoneNumber", "+4930123457"))
			.andExpect(content().string(containsString("Meta allows one phone number button.")));
		mvc.perform(create(name).param("buttons[2].type", "QUICK_REPLY").param("buttons[2].text", "Track order"))
			.andExpect(content().string(containsString("Each button needs its own label.")));
		mvc.perform(create(name).param("buttons[2].type", "PHONE_NUMBER").param("buttons[2].text", "Call").param("buttons[2].phoneNumber", "030 123"))
			.andExpect(content().string(containsString("Enter the number with its country code")));
		assertThat(audit(name + "/EN")).isEmpty();
	}

	@Test
	void aTakenNameAndLanguageIsExplainedNextToTheNameWithSinchsWords() throws Exception {
		String name = name();
		mvc.perform(create(name));

		String page = mvc.perform(create(name, "footerText", "Kept footer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("A template with this name exists in this language already")
			.contains("Template already exists.")
			.contains("Use another name or language, or update the existing template.")
			.contains("template_exists")
			.contains("Kept footer");
		assertThat(audit(name + "/EN")).endsWith("WHATSAPP_TEMPLATE_CREATE ATTEMPT", "WHATSAPP_TEMPLATE_CREATE FAILED");
	}

	@Test
	void aDeletedNameCannotBeReusedForThirtyDaysAndThePageSaysSo() throws Exception {
		String name = name();
		mvc.perform(create(name));
		mvc.perform(change(post(base + "/" + name + "/delete").param("confirmation", name)));

		mvc.perform(create(name, "language", "DE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("deleted less than 30 days ago")))
			.andExpect(content().string(containsString("template_name_recently_used")));
	}

	@Test
	void aRefusalWithAResolutionIsShownNextToItsField() throws Exception {
		String name = name();
		mvc.perform(create(name));

		mvc.perform(create(name, "language", "DE", "category", "MARKETING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("every language of a template must use the same one")))
			.andExpect(content().string(containsString("Use the category of the existing languages.")))
			.andExpect(content().string(containsString("template_incorrect_category")));
	}

	@Test
	void whenSinchCannotBeReachedTheFormKeepsItsValuesAndSaysTheTemplateMayExist() throws Exception {
		String name = name();
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/whatsapp/templates").forMethod("POST"));

		mvc.perform(create(name))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch could not be reached")))
			.andExpect(content().string(containsString("may or may not have been created")))
			.andExpect(content().string(containsString("Hello {{1}}, your order {{2}} is on its way.")));
		assertThat(audit(name + "/EN")).containsExactly("WHATSAPP_TEMPLATE_CREATE ATTEMPT", "WHATSAPP_TEMPLATE_CREATE UNKNOWN");
	}

	@Test
	void aDoubleSubmitCreatesOneTemplate() throws Exception {
		String name = name();
		String token = forms.issue(project.id(), "onboarder");

		mvc.perform(create(name, "formToken", token)).andExpect(redirectedUrl(base + "/" + name + "/EN"));
		mvc.perform(create(name, "formToken", token))
			.andExpect(redirectedUrl(base + "/" + name + "/EN"))
			.andExpect(flash().attribute("flashSuccess", containsString("already sent")));

		assertThat(audit(name + "/EN")).containsExactly("WHATSAPP_TEMPLATE_CREATE ATTEMPT", "WHATSAPP_TEMPLATE_CREATE SUCCEEDED");
	}

	@Test
	void aFormWhoseTokenIsUnknownOrMissingCreatesNothing() throws Exception {
		String name = name();

		mvc.perform(create(name, "formToken", UUID.randomUUID().toString()))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashError", containsString("sent already or has expired")));
		mvc.perform(create(name, "formToken", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The form was out of date, so nothing was sent.")));

		assertThat(audit(name + "/EN")).isEmpty();
	}

	@Test
	void theCreatePageCarriesAOneTimeTokenAndThePreview() throws Exception {
		mvc.perform(get(base + "/new").with(onboarder()))
			.andExpect(content().string(containsString("name=\"formToken\"")))
			.andExpect(content().string(containsString("id=\"template-preview\"")))
			.andExpect(content().string(containsString("/js/template-form.js")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	// --- detail and status

	@Test
	void aTemplateUnderReviewKeepsAskingAndAnApprovedOneAsksOnlyForNews() throws Exception {
		String name = name();
		mvc.perform(create(name));
		String page = base + "/" + name + "/EN";

		mvc.perform(get(page).with(viewer()))
			.andExpect(content().string(containsString("hx-get=\"" + page + "/status\"")))
			.andExpect(content().string(containsString("data-state=\"PENDING\"")))
			.andExpect(content().string(containsString("Hello {{1}}, your order {{2}} is on its way.")));
		mvc.perform(get(page + "/status").with(viewer()))
			.andExpect(content().string(containsString("data-state=\"PENDING\"")))
			.andExpect(content().string(not(containsString("<html"))));

		TestSandbox.get().advance(Duration.ofMinutes(2));

		mvc.perform(get(page + "/status").with(viewer()))
			.andExpect(content().string(containsString("data-state=\"APPROVED\"")))
			.andExpect(content().string(not(containsString("hx-trigger=\"every 3s\""))))
			.andExpect(content().string(containsString("hx-trigger=\"every 15s\"")));
	}

	@Test
	void aRejectionShowsOnTheStatusWithMetasReason() throws Exception {
		String name = "reject_" + name();
		mvc.perform(create(name));

		TestSandbox.get().advance(Duration.ofMinutes(2));

		mvc.perform(get(base + "/" + name + "/EN/status").with(viewer()))
			.andExpect(content().string(containsString("data-state=\"REJECTED\"")))
			.andExpect(content().string(containsString("INVALID_FORMAT")))
			.andExpect(content().string(not(containsString("hx-trigger=\"every 3s\""))))
			.andExpect(content().string(containsString("hx-trigger=\"every 15s\"")));
	}

	@Test
	void theDetailShowsPendingChangesActivitiesAndOtherLanguages() throws Exception {
		String name = approvedTemplate();
		sinch.post(project, "/whatsapp/templates", """
				{"name": "%s", "language": "DE", "category": "UTILITY", "status": "DRAFT"}""".formatted(name));
		sinch.patch(project, "/whatsapp/templates/" + name + "/languages/EN", """
				{"status": "DRAFT", "details": {"components": [{"type": "BODY", "text": "A new wording."}]}}""");

		mvc.perform(get(base + "/" + name + "/EN").with(viewer()))
			.andExpect(content().string(containsString("Pending changes")))
			.andExpect(content().string(containsString("A new wording.")))
			.andExpect(content().string(containsString("The approved version, in use")))
			.andExpect(content().string(containsString(">DE</a>")))
			.andExpect(content().string(containsString("data-state=\"EDITED\"")));
	}

	@Test
	void anUnknownTemplateOrLanguageIsNotFound() throws Exception {
		mvc.perform(get(base + "/no_such_template/EN").with(viewer())).andExpect(status().isNotFound());
		mvc.perform(get(base + "/no_such_template/XX").with(viewer())).andExpect(status().isNotFound());
	}

	// --- edit

	@Test
	void anEditOfAnApprovedTemplateIsReviewedWhileTheApprovedVersionStaysAndIsAuditedWithBeforeAndAfter() throws Exception {
		String name = approvedTemplate();

		mvc.perform(get(base + "/" + name + "/EN/edit").with(onboarder()))
			.andExpect(content().string(containsString("Hello {{1}}, your order is ready.")))
			.andExpect(content().string(containsString("value=\"Anna\"")));

		mvc.perform(change(post(base + "/" + name + "/EN/edit")).param("category", "UTILITY").param("headerFormat", "NONE")
			.param("bodyText", "Hi {{1}}, your order is ready for pickup.").param("bodyExamples[0]", "Anna").param("submit", "true"))
			.andExpect(redirectedUrl(base + "/" + name + "/EN"))
			.andExpect(flash().attribute("flashSuccess", containsString("The approved version stays in use")));

		JsonNode template = sinchTemplate(name, "EN");
		assertThat(template.path("state").asString()).isEqualTo("APPROVED");
		assertThat(template.path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(audit(name + "/EN")).containsExactly("WHATSAPP_TEMPLATE_UPDATE ATTEMPT", "WHATSAPP_TEMPLATE_UPDATE SUCCEEDED");
		assertThat(auditBefore(name + "/EN")).contains("\"state\": \"APPROVED\"").contains("your order is ready.");
		assertThat(auditAfter(name + "/EN")).contains("IN_PROGRESS").contains("ready for pickup");
		assertThat(jdbc.sql("select state from watched_status where kind = 'whatsapp-template' and resource_id = ?")
			.param(name + "/EN").query(String.class).single()).isEqualTo("APPROVED/IN_PROGRESS");
	}

	@Test
	void anEditSinchRefusesIsExplainedWithTheValuesKept() throws Exception {
		String name = approvedTemplate();

		mvc.perform(change(post(base + "/" + name + "/EN/edit")).param("category", "MARKETING").param("headerFormat", "NONE")
			.param("bodyText", "Hi {{1}}, kept wording.").param("bodyExamples[0]", "Anna").param("submit", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can change category")))
			.andExpect(content().string(containsString("template_category_not_updatable")))
			.andExpect(content().string(containsString("Hi {{1}}, kept wording.")));
		assertThat(audit(name + "/EN")).endsWith("WHATSAPP_TEMPLATE_UPDATE FAILED");
	}

	@Test
	void anAuthenticationTemplateIsNotSimplifiedByTheForm() throws Exception {
		String name = name();
		sinch.post(project, "/whatsapp/templates", """
				{"name": "%s", "language": "EN", "category": "AUTHENTICATION", "details": {"components": [
				 {"type": "BODY", "addSecurityRecommendation": true},
				 {"type": "BUTTONS", "buttons": [{"type": "OTP", "otpType": "COPY_CODE", "text": "Copy code"}]}]}}""".formatted(name));

		mvc.perform(get(base + "/" + name + "/EN/edit").with(onboarder()))
			.andExpect(content().string(containsString("cannot be changed here")))
			.andExpect(content().string(not(containsString("id=\"template-form\""))));
	}

	// --- delete

	@Test
	void deletingALanguageNeedsTheNameTypedAndIsAuditedWithTheTemplateAsItWas() throws Exception {
		String name = approvedTemplate();

		mvc.perform(change(post(base + "/" + name + "/EN/delete")).param("confirmation", "wrong").param("deleteSubmitted", "true"))
			.andExpect(flash().attribute("flashError", containsString("Nothing was deleted")));
		assertThat(audit(name + "/EN")).isEmpty();

		mvc.perform(change(post(base + "/" + name + "/EN/delete")).param("confirmation", name).param("deleteSubmitted", "true"))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashSuccess", containsString("four weeks")));

		assertThat(sinch.get(project, "/whatsapp/templates/" + name + "/languages/EN").status()).isEqualTo(404);
		assertThat(audit(name + "/EN")).containsExactly("WHATSAPP_TEMPLATE_DELETE_LANGUAGE ATTEMPT",
				"WHATSAPP_TEMPLATE_DELETE_LANGUAGE SUCCEEDED");
		assertThat(auditBefore(name + "/EN")).contains("\"state\": \"APPROVED\"");
		assertThat(auditAfter(name + "/EN")).contains("language");
	}

	@Test
	void withoutDeleteSubmittedOnlyThePendingChangesGo() throws Exception {
		String name = approvedTemplate();
		sinch.patch(project, "/whatsapp/templates/" + name + "/languages/EN", """
				{"status": "DRAFT", "details": {"components": [{"type": "BODY", "text": "A new wording."}]}}""");

		mvc.perform(change(post(base + "/" + name + "/EN/delete")).param("confirmation", name).param("deleteSubmitted", "false"))
			.andExpect(redirectedUrl(base + "/" + name + "/EN"))
			.andExpect(flash().attribute("flashSuccess", containsString("Pending changes")));

		JsonNode template = sinchTemplate(name, "EN");
		assertThat(template.path("state").asString()).isEqualTo("APPROVED");
		assertThat(template.has("changes")).isFalse();
		assertThat(auditAfter(name + "/EN")).contains("pending changes");
	}

	@Test
	void discardingOnATemplateWithNothingPendingShowsSinchsAnswer() throws Exception {
		String name = approvedTemplate();

		mvc.perform(change(post(base + "/" + name + "/EN/delete")).param("confirmation", name).param("deleteSubmitted", "false"))
			.andExpect(flash().attribute("flashError", containsString("only deleting the whole language removes it")))
			.andExpect(flash().attribute("flashError", containsString("template_not_deletable_due_to_input_config")));
		assertThat(audit(name + "/EN")).endsWith("WHATSAPP_TEMPLATE_DELETE_LANGUAGE FAILED");
	}

	@Test
	void deletingTheWholeTemplateRemovesEveryLanguageAndRecordsThemAll() throws Exception {
		String name = approvedTemplate();
		sinch.post(project, "/whatsapp/templates", """
				{"name": "%s", "language": "DE", "category": "UTILITY", "status": "DRAFT"}""".formatted(name));

		mvc.perform(change(post(base + "/" + name + "/delete")).param("confirmation", name))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashSuccess", containsString("every language")));

		assertThat(sinch.get(project, "/whatsapp/templates/" + name).status()).isEqualTo(404);
		assertThat(audit(name)).containsExactly("WHATSAPP_TEMPLATE_DELETE ATTEMPT", "WHATSAPP_TEMPLATE_DELETE SUCCEEDED");
		assertThat(auditBefore(name)).contains("\"language\": \"EN\"").contains("\"language\": \"DE\"");
	}

	// --- roles

	@Test
	void viewersReadButDoNotChange() throws Exception {
		String name = approvedTemplate();

		mvc.perform(get(base + "/" + name + "/EN").with(viewer()))
			.andExpect(content().string(not(containsString("id=\"edit-template\""))))
			.andExpect(content().string(not(containsString("delete-language-form"))));
		mvc.perform(post(base + "/" + name + "/EN/delete").param("confirmation", name).with(viewer()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get(base + "/new").with(viewer())).andExpect(status().isForbidden());
	}

	// --- helpers

	/** A valid create form for {@code name}, with some fields given other values ({@code field, value, ...}). */
	private MockHttpServletRequestBuilder create(String name, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("formToken", forms.issue(project.id(), "onboarder"));
		fields.put("name", name);
		fields.put("language", "EN");
		fields.put("category", "UTILITY");
		fields.put("submit", "true");
		fields.put("headerFormat", "TEXT");
		fields.put("headerText", "Your order");
		fields.put("bodyText", "Hello {{1}}, your order {{2}} is on its way.");
		fields.put("bodyExamples[0]", "Anna");
		fields.put("bodyExamples[1]", "A-1001");
		fields.put("footerText", "Reply STOP to opt out");
		fields.put("buttons[0].type", "QUICK_REPLY");
		fields.put("buttons[0].text", "Track order");
		fields.put("buttons[1].type", "URL");
		fields.put("buttons[1].text", "Open");
		fields.put("buttons[1].url", "https://shop.example/track/{{1}}");
		fields.put("buttons[1].example", "A-1001");
		for (int index = 0; index < overrides.length; index += 2) {
			fields.put(overrides[index], overrides[index + 1]);
		}
		MockHttpServletRequestBuilder request = change(post(base));
		fields.forEach(request::param);
		return request;
	}

	/** A template Meta approved, made at Sinch directly. */
	private String approvedTemplate() {
		String name = name();
		sinch.post(project, "/whatsapp/templates", """
				{"name": "%s", "language": "EN", "category": "UTILITY", "details": {"components": [
				 {"type": "BODY", "text": "Hello {{1}}, your order is ready.", "examples": ["Anna"]}]}}""".formatted(name));
		TestSandbox.get().advance(Duration.ofMinutes(2));
		return name;
	}

	private static String name() {
		return "tpl_" + Long.toString(System.nanoTime(), 36) + "_" + NAMES.incrementAndGet();
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text);
	}

	private MockHttpServletRequestBuilder change(MockHttpServletRequestBuilder request) {
		return request.with(onboarder()).with(csrf());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return user("viewer").roles("VIEWER");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor onboarder() {
		return user("onboarder").roles("ONBOARDER");
	}

	private JsonNode sinchTemplate(String name, String language) {
		return sinch.get(project, "/whatsapp/templates/" + name + "/languages/" + language).json();
	}

	private List<String> audit(String resourceId) {
		return jdbc.sql("select action || ' ' || phase from audit_event where resource_type = 'whatsapp-template' and resource_id = ? and project_id = ? order by id")
			.param(resourceId).param(project.id()).query(String.class).list();
	}

	private String auditBefore(String resourceId) {
		return jdbc.sql("select before::text from audit_event where resource_type = 'whatsapp-template' and resource_id = ? and phase = 'ATTEMPT' order by id desc limit 1")
			.param(resourceId).query(String.class).single();
	}

	private String auditAfter(String resourceId) {
		return jdbc.sql("select after::text from audit_event where resource_type = 'whatsapp-template' and resource_id = ? and phase = 'SUCCEEDED' order by id desc limit 1")
			.param(resourceId).query(String.class).single();
	}

}
