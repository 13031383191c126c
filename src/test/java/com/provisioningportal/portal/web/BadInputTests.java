package com.provisioningportal.portal.web;

import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input nobody types on purpose, each a class of value that once reached a server error: a NUL character (which
 * PostgreSQL refuses in text), a colon in an access key id (HTTP Basic cannot carry it), braces in a page token
 * (taken for a URI template), a password longer than bcrypt's 72 bytes. Each is a clear answer, never a 500.
 */
@PortalTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aNulCharacterInAnyParameterIsABadRequestBeforeItReachesTheDatabase() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "ad\u0000min").param("password", "x"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/audit").param("actor", "\u0000").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/projects/new").with(csrf()).with(user("admin").roles("ADMIN"))
			.param("projectId", UUID.randomUUID().toString())
			.param("displayName", "Null\u0000Corp")
			.param("keyId", "key")
			.param("keySecret", "secret")
			.param("authMode", "OAUTH2")).andExpect(status().isBadRequest());
	}

	@Test
	void anAccessKeyIdWithAColonIsRefusedNextToTheField() throws Exception {
		mvc.perform(post("/projects/new").with(csrf()).with(user("admin").roles("ADMIN"))
			.param("projectId", UUID.randomUUID().toString())
			.param("displayName", "Colon Corp")
			.param("keyId", "key:with-colon")
			.param("keySecret", "secret")
			.param("authMode", "BASIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("without spaces or a colon")))
			.andExpect(content().string(containsString("value=\"key:with-colon\"")));
	}

	@Test
	void bracesInAPageTokenOrANameFilterAreSentOnAsTyped() throws Exception {
		SandboxProject project = ProjectFixtures.register(context,
				TestSandbox.get().addOnboardedProject("Braces " + UUID.randomUUID()), "braces-secret");
		String senders = "/projects/" + project.id() + "/whatsapp/senders";

		mvc.perform(get(senders).param("pageToken", "{x}").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("invalid_page_token")));
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/templates").param("name", "{order}")
			.param("pageToken", "{y}")
			.with(user("viewer").roles("VIEWER"))).andExpect(status().isOk());
		mvc.perform(get("/projects/" + project.id() + "/sms/apps").param("pageToken", "{z}")
			.with(user("viewer").roles("VIEWER"))).andExpect(status().isOk());
	}

	@Test
	void aPasswordOverBcryptsSeventyTwoBytesIsRefusedNextToTheFieldAndAtSignIn() throws Exception {
		String seventySixBytes = "Grüße aus Köln, ".repeat(4);
		mvc.perform(post("/admin/users").with(csrf()).with(user("admin").roles("ADMIN"))
			.param("username", "long-" + UUID.randomUUID().toString().substring(0, 8))
			.param("role", "VIEWER")
			.param("temporaryPassword", seventySixBytes))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most 72 bytes")));
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "x".repeat(100)))
			.andExpect(status().is3xxRedirection());
	}

}
