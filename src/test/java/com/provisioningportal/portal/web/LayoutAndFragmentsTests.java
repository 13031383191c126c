package com.provisioningportal.portal.web;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

@PortalTest
class LayoutAndFragmentsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageCarriesAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("script-src 'self'"),
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void pagesHaveNoInlineScriptOrStyleThePolicyWouldBlock() throws Exception {
		for (String path : new String[] { "/", "/dev/fragments", "/admin/users", "/admin/users/new", "/account/password" }) {
			String page = page(path, "ADMIN");
			assertThat(page).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain(" style=\"", "onclick=");
		}
	}

	@Test
	void assetsComeFromWebJarsNotACdn() throws Exception {
		String page = page("/", "VIEWER");

		assertThat(page).containsPattern("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css")
			.containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js")
			.doesNotContain("https://cdn", "//unpkg", "jsdelivr");
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}

	@Test
	void navigationFollowsTheRole() throws Exception {
		assertThat(page("/", "VIEWER")).doesNotContain("href=\"/admin/users\"", "href=\"/audit\"").contains("href=\"/projects\"");
		assertThat(page("/", "AUDITOR")).contains("href=\"/audit\"").doesNotContain("href=\"/admin/users\"", "href=\"/projects\"");
		assertThat(page("/", "ADMIN")).contains("href=\"/admin/users\"", "href=\"/audit\"", "href=\"/projects\"");
	}

	@Test
	void theFragmentGalleryShowsEveryFragment() throws Exception {
		String page = page("/dev/fragments", "VIEWER");

		assertThat(page).contains("class=\"badge status-badge text-bg-success\"", "text-bg-primary", "spinner-border",
				"text-bg-warning", "text-bg-danger", "text-bg-secondary", "Pending verification", "Something new");
		assertThat(page).contains("aria-current=\"step\"", "stage-done", "stage-ahead", "Requested at Sinch");
		assertThat(page).contains("There is a problem", "href=\"#displayName\"", "Use at most 20 characters.",
				"aria-invalid=\"true\"", "value=\"Acme &lt;Retail&gt;\"");
		assertThat(page).contains("aria-label=\"Pages\"", "pageToken=abc");
		assertThat(page).contains("No webhooks yet", "Add a webhook");
		assertThat(page).contains("data-copy=\"00000000-0000-4000-8000-000000000001\"");
		assertThat(page).contains("3 min ago", "datetime=\"");
		assertThat(page).contains("data-expected=\"Sandbox Retail\"", "confirm-submit");
	}

	@Test
	void breadcrumbsLeadHome() throws Exception {
		assertThat(page("/admin/users/new", "ADMIN")).contains("aria-label=\"Breadcrumb\"", "href=\"/admin/users\"",
				"aria-current=\"page\">Add a user");
	}

	private String page(String path, String role) throws Exception {
		return mvc.perform(get(path).with(user(role.toLowerCase()).roles(role))).andReturn().getResponse().getContentAsString();
	}

}
