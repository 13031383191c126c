package com.provisioningportal.portal.whatsapp.signup;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.provisioningportal.portal.callbacks.ReconciliationRounds;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.meta.MetaSandbox;
import com.provisioningportal.sandbox.meta.MetaWaba;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import com.provisioningportal.testsupport.TestMetaSandbox;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The server's rules of Embedded Signup against both sandboxes, without a browser: links, nonces, OAuth states,
 * the checks against Graph, and what reaches Sinch and the audit log.
 */
@PortalTest
class SignupServerRulesTests {

	private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");

	private static final Pattern ATTEMPT = Pattern.compile("name=\"attempt\" value=\"([^\"]+)\"");

	private final MetaSandbox meta = TestMetaSandbox.get();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	MetaWaba waba;

	@BeforeEach
	void projectAndCustomer() {
		project = ProjectFixtures.register(context, TestSandbox.get().addProject("Signup " + UUID.randomUUID()), "signup-secret");
		waba = meta.addWaba("Customer " + project.id().substring(0, 6), 2);
	}

	@Test
	void aCustomerLinkShowsTheProjectAndWhatIsNeededAndCompletingItCreatesOneSender() throws Exception {
		String token = createLink();

		mvc.perform(get("/signup/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(project.name())))
			.andExpect(content().string(containsString("phone number that can receive a code")))
			.andExpect(content().string(containsString("id=\"signup-start\"")))
			.andExpect(content().string(not(containsString("/projects/"))))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self' " + meta.origin())))
			.andExpect(header().doesNotExist("Cross-Origin-Opener-Policy"));
		String page = mvc.perform(post("/signup/" + token + "/start").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"signup-connect\"")))
			.andExpect(content().string(not(containsString("/projects/"))))
			.andReturn().getResponse().getContentAsString();
		String nonce = nonce(page);
		String code = meta.issueCode(waba, null);

		finish(token, nonce, code, waba.phoneNumbers().get(0).id());
		finish(token, nonce, code, waba.phoneNumbers().get(0).id());

		assertThat(senderCreations()).hasSize(1);
		assertThat(statusOfLatest()).isEqualTo("SENDER_REQUESTED");
		assertThat(TestSandbox.get().requests()).filteredOn(request -> "POST".equals(request.method())
				&& request.path().endsWith(project.id() + "/whatsapp/senders"))
			.singleElement()
			.satisfies(request -> assertThat(request.body()).contains("\"region\":\"EU\"", "\"metaLocalStorage\":\"DE\"",
					"\"businessManager\":\"SINCH_UK\"", waba.id(), waba.phoneNumbers().get(0).id()));
		List<String> actions = auditActions();
		assertThat(actions).contains("WHATSAPP_SIGNUP_LINK_CREATE", "WHATSAPP_SIGNUP_START", "WHATSAPP_SIGNUP_CODE_RECEIVED",
				"WHATSAPP_SIGNUP_VERIFY", "WHATSAPP_SENDER_CREATE");
		assertThat(auditText()).doesNotContain(code).doesNotContain(token).doesNotContain(nonce)
			.doesNotContain(meta.app().secret())
			.contains("customer link");
		assertThat(meta.tokens()).allSatisfy(issued -> assertThat(auditText()).doesNotContain(issued.token()));
		mvc.perform(get("/signup/" + token))
			.andExpect(content().string(containsString("id=\"link-used\"")))
			.andExpect(content().string(containsString("data-status=\"SENDER_REQUESTED\"")));
	}

	@Test
	void aWabaAnotherProjectUsesEndsTheAttemptWithWhatToDoAndSinchsOwnWords() throws Exception {
		String first = createLink();
		finish(first, nonce(startPage(first)), meta.issueCode(waba, null), waba.phoneNumbers().get(0).id());
		assertThat(statusOfLatest()).isEqualTo("SENDER_REQUESTED");
		project = ProjectFixtures.register(context, TestSandbox.get().addProject("Signup " + UUID.randomUUID()), "signup-secret");

		String second = createLink();
		finish(second, nonce(startPage(second)), meta.issueCode(waba, null), waba.phoneNumbers().get(1).id());

		assertThat(statusOfLatest()).isEqualTo("ERROR");
		assertThat(failureOfLatest()).contains("already connected to another Sinch project",
				"WABA is used by another project.", "Use a WABA that is not connected to another Sinch project.",
				"waba_id_used");
	}

	@Test
	void aWabaOrNumberTheTokenDoesNotCoverIsRefusedAndNothingReachesSinch() throws Exception {
		MetaWaba other = meta.addWaba("Someone else", 1);
		String token = createLink();
		String nonce = nonce(startPage(token));

		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", nonce)
			.param("code", meta.issueCode(waba, null))
			.param("event", "FINISH")
			.param("wabaId", waba.id())
			.param("phoneNumberId", other.phoneNumbers().get(0).id()));

		assertThat(statusOfLatest()).isEqualTo("ERROR");
		assertThat(failureOfLatest()).contains("does not belong");
		assertThat(senderCreations()).isEmpty();

		String second = nonce(startPage(token));
		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", second)
			.param("code", meta.issueCode(waba, null))
			.param("event", "FINISH")
			.param("wabaId", other.id())
			.param("phoneNumberId", other.phoneNumbers().get(0).id()));

		assertThat(failureOfLatest()).contains("not shared");
		assertThat(senderCreations()).isEmpty();
	}

	@Test
	void anExpiredCodeEndsTheAttemptWithWhatToDo() throws Exception {
		String token = createLink();
		String nonce = nonce(startPage(token));
		String code = meta.issueCode(waba, null);
		TestInfrastructure.CLOCK.advance(Duration.ofSeconds(31));

		finish(token, nonce, code, waba.phoneNumbers().get(0).id());

		assertThat(statusOfLatest()).isEqualTo("ERROR");
		assertThat(failureOfLatest()).contains("expired").contains("Start again");
		mvc.perform(get("/signup/" + token)).andExpect(content().string(containsString("id=\"start-again\"")));
	}

	@Test
	void anUnknownOrReplacedNonceIsRefused() throws Exception {
		String token = createLink();
		String first = nonce(startPage(token));
		String second = nonce(startPage(token));

		MockHttpServletResponse stale = mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", first)
			.param("event", "CANCEL")
			.param("currentStep", "PERMISSIONS")).andReturn().getResponse();

		assertThat(stale.getStatus()).isEqualTo(400);
		assertThat(stale.getContentAsString()).contains("out of date");
		assertThat(statusOfLatest()).isEqualTo("STARTED");
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void aCustomersNonceWorksOnlyOnTheirLinkAndASpecialistLookingDoesNotReplaceIt() throws Exception {
		String token = createLink();
		String nonce = nonce(startPage(token));
		UUID attemptId = jdbc.sql("select id from signup_attempt where project_id = ?::uuid").param(project.id()).query(UUID.class).single();

		String details = mvc.perform(get("/projects/" + project.id() + "/whatsapp/connect/attempts/" + attemptId)
			.with(user("onboarder").roles("ONBOARDER"))).andReturn().getResponse().getContentAsString();
		assertThat(details).contains("id=\"customer-attempt\"").doesNotContain("name=\"nonce\"");
		mvc.perform(post("/projects/" + project.id() + "/whatsapp/connect/complete").with(user("onboarder").roles("ONBOARDER"))
			.with(csrf())
			.param("nonce", nonce)
			.param("event", "CANCEL")
			.param("currentStep", "PERMISSIONS"));
		assertThat(statusOfLatest()).isEqualTo("STARTED");

		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", nonce)
			.param("event", "CANCEL")
			.param("currentStep", "PERMISSIONS"));
		assertThat(statusOfLatest()).isEqualTo("CANCELLED");
	}

	@Test
	void cancelAndReportedErrorsAreSideExitsWithTheirDetails() throws Exception {
		String token = createLink();
		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", nonce(startPage(token)))
			.param("event", "CANCEL")
			.param("currentStep", "PHONE_NUMBER_VERIFICATION"));
		assertThat(statusOfLatest()).isEqualTo("CANCELLED");
		assertThat(failureOfLatest()).contains("verifying the phone number");

		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", nonce(startPage(token)))
			.param("event", "CANCEL")
			.param("errorMessage", "Your verified name violates WhatsApp guidelines")
			.param("errorCode", "524126")
			.param("sessionId", "9c1d2e3f4a5b6c7d"));

		assertThat(statusOfLatest()).isEqualTo("META_ERROR");
		mvc.perform(get("/signup/" + token))
			.andExpect(content().string(containsString("Copy details for Meta support")))
			.andExpect(content().string(containsString("9c1d2e3f4a5b6c7d")));
	}

	@Test
	void aFinishWithoutANumberLooksTheNumbersUpAndLetsTheCustomerPickOne() throws Exception {
		String token = createLink();
		String nonce = nonce(startPage(token));
		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", nonce)
			.param("code", meta.issueCode(waba, null))
			.param("event", "FINISH_ONLY_WABA")
			.param("wabaId", waba.id()));

		assertThat(statusOfLatest()).isEqualTo("NEEDS_NUMBER");
		String page = customerPage(token);
		assertThat(page).contains(waba.phoneNumbers().get(0).displayPhoneNumber(), waba.phoneNumbers().get(1).displayPhoneNumber());

		mvc.perform(post("/signup/" + token + "/number").with(csrf())
			.param("attempt", attemptOnPage(page))
			.param("phoneNumberId", "123456789012345"));
		assertThat(statusOfLatest()).isEqualTo("NEEDS_NUMBER");

		mvc.perform(post("/signup/" + token + "/number").with(csrf())
			.param("attempt", attemptOnPage(customerPage(token)))
			.param("phoneNumberId", waba.phoneNumbers().get(1).id()));
		assertThat(statusOfLatest()).isEqualTo("SENDER_REQUESTED");
		assertThat(senderCreations()).hasSize(1);
	}

	@Test
	void revokedExpiredAndUnknownLinksSaySoAndOfferNothingElse() throws Exception {
		String revoked = createLink();
		UUID linkId = jdbc.sql("select id from signup_link where project_id = ?::uuid order by seq desc limit 1")
			.param(project.id()).query(UUID.class).single();
		mvc.perform(post("/projects/" + project.id() + "/whatsapp/connect/links/" + linkId + "/revoke")
			.with(user("onboarder").roles("ONBOARDER")).with(csrf()));

		mvc.perform(get("/signup/" + revoked)).andExpect(status().isGone())
			.andExpect(content().string(containsString("data-reason=\"REVOKED\"")))
			.andExpect(content().string(containsString("Ask the person")))
			.andExpect(content().string(not(containsString("signup-connect"))));
		mvc.perform(get("/signup/" + "no-such-token")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("data-reason=\"UNKNOWN\"")));

		String expiring = createLink();
		TestInfrastructure.CLOCK.advance(Duration.ofDays(7).plusMinutes(1));
		mvc.perform(get("/signup/" + expiring)).andExpect(status().isGone())
			.andExpect(content().string(containsString("data-reason=\"EXPIRED\"")));
	}

	@Test
	void theRedirectFlowRefusesTamperedReusedAndExpiredStates() throws Exception {
		String token = createLink();
		String nonce = nonce(startPage(token));
		MvcResult redirect = mvc.perform(post("/signup/" + token + "/redirect").with(csrf()).param("nonce", nonce)).andReturn();
		String location = redirect.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(meta.dialogUrl() + "/" + "v25.0/dialog/oauth?")
			.contains("client_id=" + meta.app().id(), "config_id=" + meta.app().configId(), "response_type=code",
					"override_default_response_type=true", "redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fwhatsapp%2Fsignup%2Fcallback");
		String state = query(location, "state");
		Cookie browser = browserCookie(redirect);
		String code = meta.issueCode(waba, "http://localhost:8080/whatsapp/signup/callback");

		mvc.perform(get("/whatsapp/signup/callback").param("state", state + "x").param("code", code).cookie(browser))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("never issued")));
		mvc.perform(get("/whatsapp/signup/callback").param("state", state).param("code", code).cookie(browser))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/signup/" + token));
		assertThat(statusOfLatest()).isEqualTo("NEEDS_NUMBER");
		mvc.perform(get("/whatsapp/signup/callback").param("state", state).param("code", code).cookie(browser))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("already used")));

		mvc.perform(post("/signup/" + token + "/number").with(csrf())
			.param("attempt", attemptOnPage(customerPage(token)))
			.param("phoneNumberId", waba.phoneNumbers().get(0).id()));
		assertThat(statusOfLatest()).isEqualTo("SENDER_REQUESTED");

		String late = createLink();
		MvcResult lateRedirect = mvc.perform(post("/signup/" + late + "/redirect").with(csrf())
			.param("nonce", nonce(startPage(late)))).andReturn();
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(16));
		mvc.perform(get("/whatsapp/signup/callback").param("state", query(lateRedirect.getResponse().getRedirectedUrl(), "state"))
			.param("code", "whatever")
			.cookie(browserCookie(lateRedirect)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("too late")));
	}

	@Test
	void reconciliationFinishesAnAttemptWhoseCallbackWasDropped() throws Exception {
		TestSandbox.get().dropCallbacks(project.id());
		String token = createLink();
		finish(token, nonce(startPage(token)), meta.issueCode(waba, null), waba.phoneNumbers().get(0).id());
		assertThat(statusOfLatest()).isEqualTo("SENDER_REQUESTED");

		TestSandbox.get().advance(Duration.ofMinutes(1));
		assertThat(statusOfLatest()).isEqualTo("SENDER_REQUESTED");
		ReconciliationRounds.runOnce(context);

		assertThat(statusOfLatest()).isEqualTo("ACTIVE");
		assertThat(auditText()).contains("system");
		mvc.perform(get("/signup/" + token + "/progress"))
			.andExpect(content().string(containsString("data-status=\"ACTIVE\"")))
			.andExpect(content().string(not(containsString("hx-get"))));
	}

	@Test
	void graphErrorsBecomeSentencesAndAUsedCodeIsNeverRetried() throws Exception {
		String token = createLink();
		String code = meta.issueCode(waba, null);
		finish(token, nonce(startPage(token)), code, waba.phoneNumbers().get(0).id());
		assertThat(statusOfLatest()).isEqualTo("SENDER_REQUESTED");

		String other = createLink();
		long exchangesBefore = exchanges();
		finish(other, nonce(startPage(other)), code, waba.phoneNumbers().get(1).id());

		assertThat(exchanges()).isEqualTo(exchangesBefore + 1);
		assertThat(statusOfLatest()).isEqualTo("ERROR");
		assertThat(failureOfLatest()).contains("already been used").contains("Start again");
	}

	@Test
	void theConnectPageIsForOnboardersAndShowsTheLinkOnce() throws Exception {
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/connect").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projects/" + project.id() + "/whatsapp/connect/links")
			.with(user("onboarder").roles("ONBOARDER")).with(csrf())
			.param("region", "XX")
			.param("metaLocalStorage", "DE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the region")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(not(containsString("id=\"created-link\""))))
			.andExpect(header().string("Content-Security-Policy", not(containsString(meta.origin()))));
		assertThat(jdbc.sql("select count(*) from signup_link where project_id = ?::uuid").param(project.id())
			.query(Long.class).single()).isZero();
	}

	private String createLink() throws Exception {
		MvcResult result = mvc.perform(post("/projects/" + project.id() + "/whatsapp/connect/links")
			.with(user("onboarder").roles("ONBOARDER"))
			.with(csrf())
			.param("region", "EU")
			.param("metaLocalStorage", "DE")).andReturn();
		String url = (String) result.getFlashMap().get("createdLinkUrl");
		assertThat(url).startsWith("http://localhost:8080/signup/");
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private String customerPage(String token) throws Exception {
		return mvc.perform(get("/signup/" + token)).andReturn().getResponse().getContentAsString();
	}

	/** The customer's click on their link page, which starts the attempt and shows Meta's dialog with the nonce. */
	private String startPage(String token) throws Exception {
		return mvc.perform(post("/signup/" + token + "/start").with(csrf())).andReturn().getResponse().getContentAsString();
	}

	private void finish(String token, String nonce, String code, String phoneNumberId) throws Exception {
		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", nonce)
			.param("code", code)
			.param("event", "FINISH")
			.param("wabaId", waba.id())
			.param("phoneNumberId", phoneNumberId)
			.param("businessId", waba.businessId()));
	}

	private long exchanges() {
		return meta.requests().stream().filter(request -> request.path().endsWith("/oauth/access_token")).count();
	}

	private static String nonce(String page) {
		Matcher matcher = NONCE.matcher(page);
		assertThat(matcher.find()).as("a nonce on the page").isTrue();
		return matcher.group(1);
	}

	private static String attemptOnPage(String page) {
		Matcher matcher = ATTEMPT.matcher(page);
		assertThat(matcher.find()).as("the attempt's number choice on the page").isTrue();
		return matcher.group(1);
	}

	private static Cookie browserCookie(MvcResult redirect) {
		return Arrays.stream(redirect.getResponse().getCookies())
			.filter(cookie -> cookie.getName().contains("portal-signup-"))
			.findFirst()
			.orElseThrow();
	}

	private static String query(String url, String name) {
		return org.springframework.web.util.UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
	}

	private List<String> senderCreations() {
		return TestSandbox.get().requests().stream()
			.filter(request -> "POST".equals(request.method()) && request.path().endsWith(project.id() + "/whatsapp/senders"))
			.map(request -> request.body())
			.toList();
	}

	private String statusOfLatest() {
		return jdbc.sql("select status from signup_attempt where project_id = ?::uuid order by seq desc limit 1")
			.param(project.id()).query(String.class).single();
	}

	private String failureOfLatest() {
		return jdbc.sql("select failure from signup_attempt where project_id = ?::uuid order by seq desc limit 1")
			.param(project.id()).query(String.class).single();
	}

	private List<String> auditActions() {
		return jdbc.sql("select action from audit_event where project_id = ? order by id").param(project.id()).query(String.class).list();
	}

	private String auditText() {
		return String.join("\n", jdbc.sql("select concat_ws(' ', actor, request::text, before::text, after::text, detail) from audit_event where project_id = ?")
			.param(project.id()).query(String.class).list());
	}

}
