package com.provisioningportal.portal.whatsapp.signup;

import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's dashboard card counts the customer links that can still be opened: not revoked ones. */
@PortalTest
class SignupCountsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SignupLinks links;

	@Autowired
	SignupCounts counts;

	@Test
	void openLinksAreCountedAndRevokedOnesAreNot() {
		String id = ProjectFixtures.registerWithCallback(context, "Signup counts " + UUID.randomUUID(), "counts-callback-secret").id();
		ProjectSummary project = context.getBean(ProjectDirectory.class).find(id).orElseThrow();
		SignupDefaults defaults = new SignupDefaults("EU", "EU");
		links.createLink(id, defaults, "onboarder");
		links.createLink(id, defaults, "onboarder");
		UUID revoked = links.createLink(id, defaults, "onboarder").link().id();

		links.revokeLink(id, revoked, "onboarder");

		assertThat(counts.counts(project)).extracting(count -> count.count() + " " + count.what())
			.containsExactly("2 customer links open");
	}

}
