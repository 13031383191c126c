package com.provisioningportal.portal.whatsapp.signup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.meta.MetaSandbox;
import com.provisioningportal.sandbox.meta.MetaWaba;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SessionCookies;
import com.provisioningportal.testsupport.TestMetaSandbox;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

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
 * What a customer link may and may not do, from the security review: opening it changes nothing, revoking it ends
 * its attempts at once, Meta's redirect back counts only in the browser that left for Meta, and the session never
 * holds the link's token.
 */
@PortalTest
class CustomerLinkSecurityTests {

	private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");

	private static final Pattern ATTEMPT = Pattern.compile("name=\"attempt\" value=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String CALLBACK = "http://localhost:8080/whatsapp/signup/callback";

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
		project = ProjectFixtures.register(context, TestSandbox.get().addProject("Links " + UUID.randomUUID()), "links-secret");
		waba = meta.addWaba("Customer " + project.id().substring(0, 6), 2);
	}

	@Test
	void openingALinkChangesNothingUntilTheCustomerClicksStart() throws Exception {
		String token = createLink();
		long auditRows = auditRows();

		mvc.perform(get("/signup/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"signup-start\"")))
			.andExpect(content().string(containsString("action=\"/signup/" + token + "/start\"")))
			.andExpect(content().string(not(containsString("name=\"nonce\""))))
			.andExpect(content().string(not(containsString("signup.js"))));
		mvc.perform(get("/signup/" + token));
		mvc.perform(get("/signup/" + token + "/progress")).andExpect(status().isNoContent());

		assertThat(attempts()).isZero();
		assertThat(auditRows()).isEqualTo(auditRows);
		assertThat(linkUnused()).isTrue();

		String nonce = nonce(start(token));
		assertThat(attempts()).isOne();
		assertThat(auditActionsSince(auditRows)).containsExactly("WHATSAPP_SIGNUP_START", "WHATSAPP_SIGNUP_START");
		String started = attemptRow();

		mvc.perform(get("/signup/" + token)).andExpect(content().string(containsString("id=\"signup-start\"")));
		mvc.perform(post("/signup/" + token + "/complete").with(csrf())
			.param("nonce", nonce)
			.param("code", meta.issueCode(waba, null))
			.param("event", "FINISH_ONLY_WABA")
			.param("wabaId", waba.id()));
		String waiting = attemptRow();
		long beforeLooking = auditRows();
		mvc.perform(get("/signup/" + token)).andExpect(content().string(containsString("id=\"signup-pick\"")));

		assertThat(attemptRow()).isEqualTo(waiting).isNotEqualTo(started);
		assertThat(auditRows()).isEqualTo(beforeLooking);
		assertThat(attempts()).isOne();
		assertThat(linkUnused()).isTrue();
	}

	@Test
	void revokingALinkEndsItsAttemptsAndRefusesEveryLaterStepWithTheWithdrawnPage() throws Exception {
		String inDialog = createLink();
		String nonce = nonce(start(inDialog));
		MvcResult leaving = mvc.perform(post("/signup/" + inDialog + "/redirect").with(csrf()).param("nonce", nonce)).andReturn();
		String state = query(leaving.getResponse().getRedirectedUrl(), "state");
		Cookie browser = browserCookie(leaving);
		String choosing = createLink();
		mvc.perform(post("/signup/" + choosing + "/complete").with(csrf())
			.param("nonce", nonce(start(choosing)))
			.param("code", meta.issueCode(waba, null))
			.param("event", "FINISH_ONLY_WABA")
			.param("wabaId", waba.id()));
		String waitingAttempt = attemptOnPage(page(choosing));
		long exchanges = exchanges();

		revoke(inDialog);
		revoke(choosing);

		assertThat(jdbc.sql("select status from signup_attempt where project_id = ?::uuid").param(project.id())
			.query(String.class).list()).containsExactly("WITHDRAWN", "WITHDRAWN");
		assertThat(jdbc.sql("select count(*) from signup_attempt where project_id = ?::uuid and finished_at is not null")
			.param(project.id()).query(Long.class).single()).isEqualTo(2);
		assertThat(auditActions()).filteredOn("WHATSAPP_SIGNUP_WITHDRAWN"::equals).hasSize(2);

		withdrawn(mvc.perform(post("/signup/" + inDialog + "/complete").with(csrf())
			.param("nonce", nonce)
			.param("code", meta.issueCode(waba, null))
			.param("event", "FINISH")
			.param("wabaId", waba.id())
			.param("phoneNumberId", waba.phoneNumbers().get(0).id())).andReturn());
		withdrawn(mvc.perform(get("/whatsapp/signup/callback").param("state", state)
			.param("code", meta.issueCode(waba, CALLBACK))
			.cookie(browser)).andReturn());
		withdrawn(mvc.perform(post("/signup/" + inDialog + "/redirect").with(csrf()).param("nonce", nonce)).andReturn());
		withdrawn(mvc.perform(post("/signup/" + inDialog + "/start").with(csrf())).andReturn());
		withdrawn(mvc.perform(post("/signup/" + choosing + "/number").with(csrf())
			.param("attempt", waitingAttempt)
			.param("phoneNumberId", waba.phoneNumbers().get(0).id())).andReturn());

		assertThat(exchanges()).isEqualTo(exchanges);
		assertThat(senderCreations()).isEmpty();
		assertThat(jdbc.sql("select distinct status from signup_attempt where project_id = ?::uuid").param(project.id())
			.query(String.class).list()).containsExactly("WITHDRAWN");
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/connect").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("data-status=\"WITHDRAWN\"")))
			.andExpect(content().string(not(containsString("data-status=\"STARTED\""))))
			.andExpect(content().string(not(containsString("data-status=\"NEEDS_NUMBER\""))));
	}

	@Test
	void metasRedirectBackCountsOnlyInTheBrowserThatLeftForMeta() throws Exception {
		String token = createLink();
		MvcResult leaving = mvc.perform(post("/signup/" + token + "/redirect").with(csrf())
			.param("nonce", nonce(start(token)))).andReturn();
		String state = query(leaving.getResponse().getRedirectedUrl(), "state");
		Cookie browser = browserCookie(leaving);
		assertThat(leaving.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).filteredOn(cookie -> cookie.contains("portal-signup-"))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("portal-signup-")
				.contains("Path=/", "Max-Age=900", "HttpOnly", "SameSite=Lax")
				.doesNotContain("Domain"));
		String otherLink = createLink();
		Cookie otherBrowser = browserCookie(mvc.perform(post("/signup/" + otherLink + "/redirect").with(csrf())
			.param("nonce", nonce(start(otherLink)))).andReturn());
		String code = meta.issueCode(waba, CALLBACK);
		long exchanges = exchanges();

		refusedAsAnotherBrowser(mvc.perform(get("/whatsapp/signup/callback").param("state", state).param("code", code)).andReturn());
		refusedAsAnotherBrowser(mvc.perform(get("/whatsapp/signup/callback").param("state", state).param("code", code)
			.cookie(new Cookie(browser.getName(), otherBrowser.getValue()))).andReturn());
		refusedAsAnotherBrowser(mvc.perform(get("/whatsapp/signup/callback").param("state", state).param("code", code)
			.cookie(otherBrowser)).andReturn());
		assertThat(exchanges()).isEqualTo(exchanges);
		assertThat(auditActions()).filteredOn("WHATSAPP_SIGNUP_CALLBACK_REFUSED"::equals).hasSize(3);

		MvcResult back = mvc.perform(get("/whatsapp/signup/callback").param("state", state).param("code", code).cookie(browser))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/signup/" + token))
			.andReturn();

		assertThat(back.getResponse().getCookie(browser.getName()).getMaxAge()).isZero();
		assertThat(jdbc.sql("select status from signup_attempt where project_id = ?::uuid order by seq limit 1")
			.param(project.id()).query(String.class).single()).isEqualTo("NEEDS_NUMBER");
		assertThat(jdbc.sql("select count(*) from signup_attempt where state_return is not null and state_hash = ?")
			.param(SignupStore.hash(state)).query(Long.class).single()).isZero();
	}

	@Test
	void overHttpsTheBrowsersCookieIsAHostCookie() throws Exception {
		String token = createLink();
		MvcResult leaving = mvc.perform(post("/signup/" + token + "/redirect").secure(true).with(csrf())
			.param("nonce", nonce(start(token)))).andReturn();
		assertThat(leaving.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).filteredOn(cookie -> cookie.contains("portal-signup-"))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("__Host-portal-signup-")
				.contains("Secure", "Path=/", "HttpOnly", "SameSite=Lax")
				.doesNotContain("Domain"));

		mvc.perform(get("/whatsapp/signup/callback").secure(true)
			.param("state", query(leaving.getResponse().getRedirectedUrl(), "state"))
			.param("code", meta.issueCode(waba, CALLBACK))
			.cookie(browserCookie(leaving)))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/signup/" + token));
	}

	@Test
	void anHttpsPublicAddressMakesTheCookieAHostCookieWhateverTheRequestLooksLike() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new BrowserBinding("https://portal.example.com").remember("state", "value", new MockHttpServletRequest(), response);

		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).startsWith("__Host-portal-signup-").contains("Secure");
	}

	@Test
	void theSessionNeverHoldsTheLinksToken() throws Exception {
		String token = createLink();
		CustomerBrowser customer = new CustomerBrowser();
		String landing = customer.read(mvc.perform(customer.with(get("/signup/" + token))).andReturn());
		String started = customer.read(mvc.perform(customer.with(post("/signup/" + token + "/start")).param("_csrf", csrfOn(landing)))
			.andReturn());
		MvcResult leaving = mvc.perform(customer.with(post("/signup/" + token + "/redirect"))
			.param("_csrf", csrfOn(started))
			.param("nonce", nonce(started))).andReturn();
		customer.read(leaving);
		String state = query(leaving.getResponse().getRedirectedUrl(), "state");

		assertThat(customer.sessionAttributes()).isNotEmpty();
		assertThat(customer.sessionHolds(token)).isFalse();

		customer.read(mvc.perform(customer.with(get("/whatsapp/signup/callback"))
			.param("state", state)
			.param("code", meta.issueCode(waba, CALLBACK))).andExpect(status().isFound()).andReturn());
		String choosing = customer.read(mvc.perform(customer.with(get("/signup/" + token))).andReturn());
		customer.read(mvc.perform(customer.with(post("/signup/" + token + "/number"))
			.param("_csrf", csrfOn(choosing))
			.param("attempt", attemptOnPage(choosing))
			.param("phoneNumberId", waba.phoneNumbers().get(1).id())).andExpect(status().isFound()).andReturn());

		assertThat(jdbc.sql("select status from signup_attempt where project_id = ?::uuid").param(project.id())
			.query(String.class).single()).isEqualTo("SENDER_REQUESTED");
		assertThat(customer.sessionHolds(token)).isFalse();
		assertThat(customer.sessionAttributes()).noneMatch(name -> name.contains(token));
	}

	/** The cookies one customer's browser keeps between requests, and what the portal's session holds for it. */
	private final class CustomerBrowser {

		private final List<Cookie> cookies = new ArrayList<>();

		MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request) {
			return cookies.isEmpty() ? request : request.cookie(cookies.toArray(Cookie[]::new));
		}

		String read(MvcResult result) throws Exception {
			for (Cookie cookie : result.getResponse().getCookies()) {
				cookies.removeIf(kept -> kept.getName().equals(cookie.getName()));
				if (cookie.getMaxAge() != 0) {
					cookies.add(cookie);
				}
			}
			return result.getResponse().getContentAsString();
		}

		List<String> sessionAttributes() {
			return jdbc.sql("""
					select a.attribute_name from spring_session_attributes a
					  join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""")
				.param(sessionId()).query(String.class).list();
		}

		/** Whether any stored attribute, name or serialised value, contains {@code secret}. */
		boolean sessionHolds(String secret) {
			byte[] wanted = secret.getBytes(StandardCharsets.UTF_8);
			return jdbc.sql("""
					select a.attribute_name, a.attribute_bytes from spring_session_attributes a
					  join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""")
				.param(sessionId())
				.query((row, number) -> row.getString(1).contains(secret) || contains(row.getBytes(2), wanted))
				.list()
				.contains(true);
		}

		private String sessionId() {
			Cookie session = cookies.stream().filter(cookie -> cookie.getName().equals(SessionCookies.NAME)).findFirst().orElseThrow();
			return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		}

	}

	private static boolean contains(byte[] bytes, byte[] wanted) {
		for (int i = 0; i + wanted.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
				return true;
			}
		}
		return false;
	}

	private static void withdrawn(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(410);
		assertThat(result.getResponse().getContentAsString()).contains("This link was withdrawn", "data-reason=\"REVOKED\"")
			.doesNotContain("href=\"/projects", "href=\"/\"");
	}

	private static void refusedAsAnotherBrowser(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("different browser");
	}

	private String createLink() throws Exception {
		MvcResult result = mvc.perform(post("/projects/" + project.id() + "/whatsapp/connect/links")
			.with(user("onboarder").roles("ONBOARDER"))
			.with(csrf())
			.param("region", "EU")
			.param("metaLocalStorage", "DE")).andReturn();
		String url = (String) result.getFlashMap().get("createdLinkUrl");
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private void revoke(String token) throws Exception {
		UUID linkId = jdbc.sql("select id from signup_link where token_hash = ?").param(SignupStore.hash(token)).query(UUID.class).single();
		mvc.perform(post("/projects/" + project.id() + "/whatsapp/connect/links/" + linkId + "/revoke")
			.with(user("onboarder").roles("ONBOARDER")).with(csrf()))
			.andExpect(status().isFound());
	}

	private String page(String token) throws Exception {
		return mvc.perform(get("/signup/" + token)).andReturn().getResponse().getContentAsString();
	}

	private String start(String token) throws Exception {
		return mvc.perform(post("/signup/" + token + "/start").with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static Cookie browserCookie(MvcResult redirect) {
		return Arrays.stream(redirect.getResponse().getCookies())
			.filter(cookie -> cookie.getName().contains("portal-signup-"))
			.findFirst()
			.orElseThrow();
	}

	private static String nonce(String page) {
		return group(NONCE, page, "a nonce on the page");
	}

	private static String attemptOnPage(String page) {
		return group(ATTEMPT, page, "the attempt's number choice on the page");
	}

	private static String csrfOn(String page) {
		return group(CSRF, page, "a CSRF token on the page");
	}

	private static String group(Pattern pattern, String page, String what) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as(what).isTrue();
		return matcher.group(1);
	}

	private static String query(String url, String name) {
		return UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
	}

	private long exchanges() {
		return meta.requests().stream().filter(request -> request.path().endsWith("/oauth/access_token")).count();
	}

	private List<String> senderCreations() {
		return TestSandbox.get().requests().stream()
			.filter(request -> "POST".equals(request.method()) && request.path().endsWith(project.id() + "/whatsapp/senders"))
			.map(request -> request.body())
			.toList();
	}

	private long attempts() {
		return jdbc.sql("select count(*) from signup_attempt where project_id = ?::uuid").param(project.id()).query(Long.class).single();
	}

	/** Everything about the project's one attempt that a step could change. */
	private String attemptRow() {
		return jdbc.sql("select concat_ws('|', status, nonce_hash, nonce_expires_at, updated_at) from signup_attempt where project_id = ?::uuid")
			.param(project.id()).query(String.class).single();
	}

	private boolean linkUnused() {
		return jdbc.sql("select used_at is null and revoked_at is null from signup_link where project_id = ?::uuid")
			.param(project.id()).query(Boolean.class).single();
	}

	private long auditRows() {
		return jdbc.sql("select count(*) from audit_event where project_id = ?").param(project.id()).query(Long.class).single();
	}

	private List<String> auditActions() {
		return jdbc.sql("select action from audit_event where project_id = ? order by id").param(project.id()).query(String.class).list();
	}

	private List<String> auditActionsSince(long rows) {
		List<String> actions = auditActions();
		return actions.subList((int) rows, actions.size());
	}

}
