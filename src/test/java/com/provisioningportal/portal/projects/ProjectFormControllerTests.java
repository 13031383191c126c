package com.provisioningportal.portal.projects;

import java.util.UUID;

import com.provisioningportal.portal.web.ProjectTeams;
import com.provisioningportal.testsupport.PageSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The project form on its own: what it says about bad input. */
@PageSliceTest(ProjectFormController.class)
class ProjectFormControllerTests {

	private static final String SECRET = "key-secret-that-must-stay-hidden";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProjectRegistry registry;

	@MockitoBean
	ProjectTeams teams;

	@Test
	void theFormSaysWhatIsWrongBesideEachFieldKeepsTheValuesButNeverTheSecret() throws Exception {
		add("not-a-uuid", "", "key", SECRET).andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the project id as Sinch shows it")))
			.andExpect(content().string(containsString("Enter a display name.")))
			.andExpect(content().string(containsString("value=\"not-a-uuid\"")))
			.andExpect(content().string(not(containsString(SECRET))));
		verify(registry, never()).add(any());
	}

	@Test
	void aNewProjectNeedsItsKeySecret() throws Exception {
		add(UUID.randomUUID().toString(), "No secret", "key", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the access key secret.")));
		verify(registry, never()).add(any());
	}

	private ResultActions add(String id, String name, String keyId, String secret) throws Exception {
		return mvc.perform(post("/projects/new").with(user("admin").roles("ADMIN")).with(csrf()).param("projectId", id)
			.param("displayName", name).param("keyId", keyId).param("keySecret", secret).param("authMode", "OAUTH2"));
	}

}
