package com.provisioningportal.portal.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the portal serves, tried as every role and as an anonymous visitor: each must be covered by a rule of
 * the route table, and the filter chain must let exactly the rule's roles through; on a project's routes, the
 * roles held in a team that has the project.
 */
@PortalTest
class RouteAccessMatrixTests {

	private static final List<String> ROLES = List.of("VIEWER", "ONBOARDER", "AUDITOR", "ADMIN");

	/** The roles a member can hold in a team. */
	private static final List<String> TEAM_ROLES = List.of("VIEWER", "ONBOARDER", "AUDITOR");

	/** Values for path variables that name nothing, so allowed requests answer 404 or a form, never change data. */
	private static final Map<String, String> SAMPLE_VALUES = Map.of("projectId", "00000000-0000-4000-8000-0000000000ff");

	@Autowired
	ApplicationContext context;

	@Autowired
	RouteTable routes;

	@Autowired
	MockMvc mvc;

	@Autowired
	RouteCoverageCheck coverage;

	@Autowired
	SeedUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyRegisteredRouteHasAnAccessRule() {
		List<String> uncovered = registeredRoutes().stream()
			.filter(route -> routes.ruleFor(route.method(), route.samplePath()).isEmpty())
			.map(Route::toString)
			.toList();

		assertThat(uncovered).as("routes without an access rule").isEmpty();
		assertThat(coverage.uncovered(context.getBeansOfType(RequestMappingInfoHandlerMapping.class))).isEmpty();
	}

	@Test
	void aRouteWithoutARuleIsFoundSoThePortalWouldNotStart() {
		RouteTable withoutAdminRules = new RouteTable(List.of(() -> routes.rules().stream()
			.filter(rule -> !rule.pattern().startsWith("/admin"))
			.toList()));

		assertThat(new RouteCoverageCheck(withoutAdminRules).uncovered(context.getBeansOfType(RequestMappingInfoHandlerMapping.class)))
			.contains("GET /admin/users", "POST /admin/users/{id}/role");
	}

	@Test
	void anAddressNothingServesIsNotFoundForSignedInUsersAndAsksOthersToSignIn() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/no-such-page").with(user("viewer").roles("VIEWER")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
		mvc.perform(request(HttpMethod.GET, "/no-such-page"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
	}

	@Test
	void theMatrixCoversTheKnownRoutes() {
		assertThat(registeredRoutes()).extracting(Route::toString)
			.contains("GET /", "GET /login", "POST /account/password", "GET /admin/users", "POST /admin/users/{id}/role",
					"GET /actuator/health", "GET /actuator/prometheus", "GET /projects/{projectId}/whatsapp/account",
					"GET /projects/{projectId}/whatsapp/account/status", "POST /projects/{projectId}/whatsapp/account/comments",
					"POST /projects/{projectId}/whatsapp/account/solutions/{solutionId}/assign",
					"GET /projects/{projectId}/whatsapp/senders/{senderId}/edit",
					"POST /projects/{projectId}/whatsapp/senders/{senderId}/edit",
					"POST /projects/{projectId}/whatsapp/senders/{senderId}/discard",
					"GET /projects/{projectId}/sms/apps",
					"GET /projects/{projectId}/sms/apps/new", "GET /projects/{projectId}/sms/apps/new/bundle",
					"POST /projects/{projectId}/sms/apps/new/bundle", "GET /projects/{projectId}/sms/apps/new/standalone",
					"POST /projects/{projectId}/sms/apps/new/standalone", "GET /projects/{projectId}/sms/apps/{smsAppId}",
					"GET /projects/{projectId}/sms/apps/{smsAppId}/status",
					"POST /projects/{projectId}/sms/apps/{smsAppId}/rename", "POST /projects/{projectId}/sms/apps/{smsAppId}/delete",
					"GET /projects/{projectId}/sms/apps/bundles/{bundleId}",
					"GET /projects/{projectId}/sms/apps/bundles/{bundleId}/progress", "GET /projects/{projectId}/whatsapp/connect",
					"POST /projects/{projectId}/whatsapp/connect/links", "POST /projects/{projectId}/whatsapp/connect/attempts",
					"GET /projects/{projectId}/whatsapp/connect/attempts/{attemptId}",
					"POST /projects/{projectId}/whatsapp/connect/complete", "GET /signup/{token}", "POST /signup/{token}/complete",
					"GET /whatsapp/signup/callback");
	}

	@Test
	void theMatrixCoversTheWebhookPages() {
		assertThat(registeredRoutes()).extracting(Route::toString)
			.contains("GET /projects/{projectId}/webhooks", "POST /projects/{projectId}/webhooks",
					"GET /projects/{projectId}/webhooks/new", "GET /projects/{projectId}/webhooks/{webhookId}",
					"POST /projects/{projectId}/webhooks/{webhookId}", "POST /projects/{projectId}/webhooks/{webhookId}/delete");
		assertThat(routes.ruleFor(HttpMethod.GET, "/projects/p/webhooks/new")).hasValueSatisfying(
				rule -> assertThat(Role.reaching(rule.access())).containsExactlyInAnyOrder("ONBOARDER", "ADMIN"));
		assertThat(routes.ruleFor(HttpMethod.GET, "/projects/p/webhooks/w")).hasValueSatisfying(
				rule -> assertThat(Role.reaching(rule.access())).containsExactlyInAnyOrder("VIEWER", "ONBOARDER", "ADMIN"));
		assertThat(routes.ruleFor(HttpMethod.POST, "/projects/p/webhooks/w/delete")).hasValueSatisfying(
				rule -> assertThat(Role.reaching(rule.access())).containsExactlyInAnyOrder("ONBOARDER", "ADMIN"));
	}

	@Test
	void theTemplateRoutesLetViewersReadAndOnboardersChange() {
		String templates = "/projects/{projectId}/whatsapp/templates";
		assertThat(registeredRoutes()).extracting(Route::toString)
			.contains("GET " + templates, "POST " + templates, "GET " + templates + "/new", "GET " + templates + "/{name}/{language}",
					"GET " + templates + "/{name}/{language}/status", "GET " + templates + "/{name}/{language}/edit",
					"POST " + templates + "/{name}/{language}/edit", "POST " + templates + "/{name}/{language}/delete",
					"POST " + templates + "/{name}/delete");
		String sample = "/projects/00000000-0000-4000-8000-0000000000ff/whatsapp/templates";
		assertThat(Role.reaching(routes.ruleFor(HttpMethod.GET, sample).orElseThrow().access())).containsExactly("VIEWER", "ONBOARDER", "ADMIN");
		assertThat(Role.reaching(routes.ruleFor(HttpMethod.GET, sample + "/order_update/EN/status").orElseThrow().access()))
			.containsExactly("VIEWER", "ONBOARDER", "ADMIN");
		for (var change : List.of(Map.entry(HttpMethod.POST, sample), Map.entry(HttpMethod.GET, sample + "/new"),
				Map.entry(HttpMethod.GET, sample + "/order_update/EN/edit"), Map.entry(HttpMethod.POST, sample + "/order_update/EN/edit"),
				Map.entry(HttpMethod.POST, sample + "/order_update/EN/delete"), Map.entry(HttpMethod.POST, sample + "/order_update/delete"))) {
			assertThat(Role.reaching(routes.ruleFor(change.getKey(), change.getValue()).orElseThrow().access())).as(change.toString())
				.containsExactly("ONBOARDER", "ADMIN");
		}
	}

	@TestFactory
	List<DynamicTest> eachRoleReachesExactlyTheRoutesItsRuleAllows() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : registeredRoutes()) {
			AccessRule rule = routes.ruleFor(route.method(), route.samplePath()).orElseThrow();
			if (isProjectRoute(rule)) {
				continue;
			}
			for (String role : ROLES) {
				boolean allowed = Role.reaches(role, rule.access());
				tests.add(DynamicTest.dynamicTest(route + " as " + role + (allowed ? " is allowed" : " is denied"), () -> {
					MockHttpServletResponse response = mvc.perform(requestFor(route).with(user(role.toLowerCase()).roles(role)))
						.andReturn()
						.getResponse();
					if (allowed) {
						assertThat(response.getStatus()).as(route + " as " + role).isNotEqualTo(403);
					}
					else {
						assertThat(response.getStatus()).as(route + " as " + role).isEqualTo(403);
					}
				}));
			}
			tests.add(anonymously(route, rule, route.samplePath()));
		}
		return tests;
	}

	/**
	 * Every route of a project, tried on a real project by a member of a team that has it and by a member of a team
	 * that does not, in each team role, by an administrator, a global auditor and anonymously. The member's role on
	 * the project decides; for the outsider the project does not exist.
	 */
	@TestFactory
	List<DynamicTest> eachTeamRoleReachesExactlyTheProjectRoutesItsRuleAllowsAndOutsidersFindNothing() {
		String projectId = ProjectFixtures.registerWithCallback(context, "Matrix " + UUID.randomUUID(), "matrix-secret").id();
		SeedUsers.giveProject(jdbc, "Matrix team", projectId);
		jdbc.sql("insert into team (name) values ('Matrix other team') on conflict do nothing").update();
		for (String role : TEAM_ROLES) {
			users.ensure(member(role), member(role), role);
			users.ensureMember("Matrix team", member(role), role);
			users.ensure(outsider(role), outsider(role), role);
			users.ensureMember("Matrix other team", outsider(role), role);
		}
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : registeredRoutes()) {
			AccessRule rule = routes.ruleFor(route.method(), route.samplePath()).orElseThrow();
			if (!isProjectRoute(rule)) {
				continue;
			}
			String path = route.pathFor(projectId);
			for (String role : TEAM_ROLES) {
				boolean allowed = Role.reaches(role, rule.access());
				tests.add(DynamicTest.dynamicTest(route + " as " + role + " of the project's team" + (allowed ? " is allowed" : " is denied"),
						() -> {
							MvcResult result = mvc.perform(request(route.method(), path).with(csrf()).with(user(member(role)).roles(role))).andReturn();
							if (allowed) {
								assertReached(result, route + " as member " + role);
							}
							else {
								assertThat(result.getResponse().getStatus()).as(route + " as member " + role).isEqualTo(403);
							}
						}));
				tests.add(DynamicTest.dynamicTest(route + " as " + role + " of another team finds nothing", () -> {
					MvcResult result = mvc.perform(request(route.method(), path).with(csrf()).with(user(outsider(role)).roles(role))).andReturn();
					if (rule.access() == Access.ADMIN) {
						// Refused to every non-administrator alike, so the refusal tells nothing about the project.
						assertThat(result.getResponse().getStatus()).as(route + " as outsider " + role).isEqualTo(403);
					}
					else {
						assertThat(result.getResponse().getStatus()).as(route + " as outsider " + role).isEqualTo(404);
						assertThat(result.getRequest().getAttribute(ProjectAccessFilter.HIDDEN)).as(route + " as outsider " + role).isEqualTo(true);
					}
				}));
			}
			tests.add(DynamicTest.dynamicTest(route + " as administrator in no team is allowed", () -> assertReached(
					mvc.perform(request(route.method(), path).with(csrf()).with(user("admin").roles("ADMIN"))).andReturn(), route + " as admin")));
			tests.add(DynamicTest.dynamicTest(route + " as the global auditor is denied", () -> assertThat(
					mvc.perform(request(route.method(), path).with(csrf()).with(user("auditor").roles("AUDITOR"))).andReturn().getResponse().getStatus())
				.as(route + " as global auditor").isEqualTo(403)));
			tests.add(anonymously(route, rule, path));
		}
		assertThat(tests).as("project routes").hasSizeGreaterThan(40);
		return tests;
	}

	@Test
	void aProjectRouteWithoutARuleFailsTheMatrix() {
		RouteTable withoutWebhookRules = new RouteTable(List.of(() -> routes.rules().stream()
			.filter(rule -> !rule.pattern().contains("/webhooks"))
			.toList()));

		assertThat(new RouteCoverageCheck(withoutWebhookRules).uncovered(context.getBeansOfType(RequestMappingInfoHandlerMapping.class)))
			.contains("GET /projects/{projectId}/webhooks");
	}

	private DynamicTest anonymously(Route route, AccessRule rule, String path) {
		boolean anonymousAllowed = rule.access() == Access.PUBLIC;
		return DynamicTest.dynamicTest(route + " anonymously" + (anonymousAllowed ? " is allowed" : " asks to sign in"), () -> {
			MockHttpServletResponse response = mvc.perform(request(route.method(), path).with(csrf())).andReturn().getResponse();
			boolean sentToSignIn = response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl());
			assertThat(sentToSignIn).as(route + " anonymously: status " + response.getStatus()).isEqualTo(!anonymousAllowed);
		});
	}

	private static void assertReached(MvcResult result, String what) {
		assertThat(result.getResponse().getStatus()).as(what).isNotEqualTo(403);
		assertThat(result.getRequest().getAttribute(ProjectAccessFilter.HIDDEN)).as(what + " was hidden").isNull();
	}

	private static boolean isProjectRoute(AccessRule rule) {
		return rule.pattern().contains("{projectId}") && rule.access() != Access.PUBLIC;
	}

	private static String member(String role) {
		return "matrix-member-" + role.toLowerCase();
	}

	private static String outsider(String role) {
		return "matrix-outsider-" + role.toLowerCase();
	}

	private MockHttpServletRequestBuilder requestFor(Route route) {
		return request(route.method(), route.samplePath()).with(csrf());
	}

	private Set<Route> registeredRoutes() {
		Set<Route> found = new TreeSet<>(Comparator.comparing(Route::toString));
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping -> mapping.getHandlerMethods()
			.keySet()
			.forEach(info -> found.addAll(routesOf(info))));
		return found;
	}

	private static List<Route> routesOf(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
				: methods.stream().map(method -> HttpMethod.valueOf(method.name())).toList();
		return info.getPatternValues()
			.stream()
			.flatMap(pattern -> httpMethods.stream().map(method -> new Route(method, pattern)))
			.toList();
	}

	record Route(HttpMethod method, String pattern) {

		String pathFor(String projectId) {
			return pattern.replace("{projectId}", projectId).replaceAll("\\{\\*[^}]+}", "sample").replaceAll("\\{[^}]+}", "987654321");
		}

		String samplePath() {
			String path = pattern.replaceAll("\\{\\*[^}]+}", "sample");
			for (var sample : SAMPLE_VALUES.entrySet()) {
				path = path.replace("{" + sample.getKey() + "}", sample.getValue());
			}
			return path.replaceAll("\\{[^}]+}", "987654321");
		}

		@Override
		public String toString() {
			return method.name() + " " + pattern;
		}

	}

}
