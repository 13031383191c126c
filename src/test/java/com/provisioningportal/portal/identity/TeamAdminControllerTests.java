package com.provisioningportal.portal.identity;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.testsupport.PageSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The team forms on their own: what they say about bad input, and who reaches the team pages. */
@PageSliceTest({ TeamAdminController.class, TeamController.class })
class TeamAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TeamAdministration teams;

	@MockitoBean
	ProjectDirectory projects;

	@Test
	void aBlankNameIsExplainedBesideTheFieldAndNoTeamIsCreated() throws Exception {
		mvc.perform(post("/admin/teams").with(user("admin").roles("ADMIN")).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Enter the team&#39;s name.")));
		verify(teams, never()).create(any());
	}

	@Test
	void onlyAdministratorsReachTheTeamPages() throws Exception {
		for (String role : List.of("ONBOARDER", "VIEWER", "AUDITOR")) {
			mvc.perform(get("/admin/teams").with(user(role.toLowerCase(java.util.Locale.ROOT)).roles(role)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/teams/12/name").with(user(role.toLowerCase(java.util.Locale.ROOT)).roles(role))
				.with(csrf()).param("name", "Taken over")).andExpect(status().isForbidden());
		}
		verify(teams, never()).rename(anyLong(), any());
		given(teams.get(987654321L)).willThrow(new TeamNotFoundException(987654321L));
		mvc.perform(get("/admin/teams/987654321").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
	}

}
