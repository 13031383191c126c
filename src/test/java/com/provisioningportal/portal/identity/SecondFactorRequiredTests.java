package com.provisioningportal.portal.identity;

import java.util.UUID;

import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code portal.sign-in.admin-second-factor} on, as in production: administrators without a second factor set
 * it up before anything else, and an administrator's reset sends a user back to setting it up.
 */
@SpringBootTest(properties = "portal.sign-in.admin-second-factor=true")
@AutoConfigureMockMvc
@Import(TestInfrastructure.class)
@ActiveProfiles("test")
class SecondFactorRequiredTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	SeedUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorWithoutASecondFactorIsSentToSetItUpAndReachesNothingElseUntilItIsOn() throws Exception {
		String name = newUser("ADMIN");
		SecondFactorVisitor visitor = new SecondFactorVisitor(mvc);

		visitor.signIn(name, PASSWORD).andExpect(authenticated()).andExpect(redirectedUrl("/account/second-factor"));
		visitor.perform(get("/admin/users")).andExpect(redirectedUrl("/account/second-factor"));
		visitor.perform(get("/")).andExpect(redirectedUrl("/account/second-factor"));
		String secret = visitor.startEnrolment();
		visitor.perform(get("/account/second-factor"))
			.andExpect(content().string(containsString("Set it up before you continue")));
		visitor.enrol(secret);

		visitor.perform(get("/admin/users")).andExpect(status().isOk());
	}

	@Test
	void otherRolesAreNotAskedToSetItUp() throws Exception {
		String name = newUser("ONBOARDER");

		new SecondFactorVisitor(mvc).signIn(name, PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorsResetIsAuditedAndTheUserSetsItUpAgainAtNextSignIn() throws Exception {
		String name = newUser("ADMIN");
		SecondFactorVisitor visitor = new SecondFactorVisitor(mvc);
		visitor.signIn(name, PASSWORD);
		visitor.enrol(visitor.startEnrolment());
		long id = userId(name);
		mvc.perform(get("/admin/users/" + id).with(user("boss").roles("ADMIN")))
			.andExpect(content().string(containsString("Reset second factor")));

		mvc.perform(post("/admin/users/" + id + "/second-factor/reset").param("confirmation", "someone else")
			.with(user("boss").roles("ADMIN"))
			.with(csrf())).andExpect(flash().attribute("flashError", containsString("type the user name exactly")));
		assertThat(factors(id)).isOne();

		mvc.perform(post("/admin/users/" + id + "/second-factor/reset").param("confirmation", name)
			.with(user("boss").roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("flashSuccess", containsString("Second factor of " + name + " removed")));

		assertThat(factors(id)).isZero();
		assertThat(jdbc.sql("select phase || ' ' || actor from audit_event where action = 'USER_SECOND_FACTOR_RESET' and resource_id = ? order by id")
			.param(name).query(String.class).list()).containsExactly("ATTEMPT boss", "FAILED boss", "ATTEMPT boss", "SUCCEEDED boss");
		visitor.perform(get("/")).andExpect(redirectedUrl("/login"));
		visitor.signIn(name, PASSWORD).andExpect(redirectedUrl("/account/second-factor"));
	}

	@Test
	void onlyAdministratorsMayResetASecondFactor() throws Exception {
		String name = newUser("VIEWER");

		mvc.perform(post("/admin/users/" + userId(name) + "/second-factor/reset").param("confirmation", name)
			.with(user("someone").roles("ONBOARDER"))
			.with(csrf())).andExpect(status().isForbidden());
	}

	private String newUser(String role) {
		String name = "must-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, PASSWORD, role);
		return name;
	}

	private long userId(String name) {
		return jdbc.sql("select id from portal_user where username = ?").param(name).query(Long.class).single();
	}

	private int factors(long id) {
		return jdbc.sql("select count(*) from user_second_factor where user_id = ?").param(id).query(Integer.class).single();
	}

}
