package com.provisioningportal.portal.identity;

import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.testsupport.PageSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The new user form on its own: what it says about bad input, and who reaches it. */
@PageSliceTest(UserAdminController.class)
class UserAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	UserAdministration administration;

	@MockitoBean
	ProjectDirectory projects;

	@Test
	void theNewUserFormKeepsItsValuesAndSaysWhatIsWrongBesideEachField() throws Exception {
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf()).param("username", "a b")
			.param("role", "").param("temporaryPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"a b\"")))
			.andExpect(content().string(containsString("id=\"username-error\"")))
			.andExpect(content().string(containsString("Choose a role.")))
			.andExpect(content().string(containsString("There is a problem")));
		verify(administration, never()).create(any());
	}

	@Test
	void onlyAdministratorsReachUserAdministration() throws Exception {
		mvc.perform(get("/admin/users").with(user("onboarder").roles("ONBOARDER"))).andExpect(status().isForbidden());
	}

}
