package com.provisioningportal.portal.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Setting up an authenticator app on the account page, and signing in with its codes and the recovery codes. */
@PortalTest
class SecondFactorSignInTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	SeedUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSetUpPageShowsTheKeyAsTextAsAnOtpauthUriAndAsAQrCode() throws Exception {
		String name = newUser();
		SecondFactorVisitor visitor = signedIn(name);
		String secret = visitor.startEnrolment();

		visitor.perform(get("/account/second-factor"))
			.andExpect(content().string(containsString("otpauth://totp/Provisioning%20Portal:" + name + "?secret=")))
			.andExpect(content().string(containsString("&amp;issuer=Provisioning%20Portal")))
			.andExpect(content().string(containsString("src=\"data:image/svg+xml;base64,")))
			.andExpect(content().string(containsString("autocomplete=\"one-time-code\"")))
			.andExpect(content().string(containsString("inputmode=\"numeric\"")));
		assertThat(secret).hasSize(32);
		assertThat(jdbc.sql("select secret_encrypted from user_second_factor f join portal_user u on u.id = f.user_id where u.username = ?")
			.param(name).query(String.class).single()).doesNotContain(secret);
	}

	@Test
	void reloadingTheSetUpPageKeepsTheKeyAndAfterAnHourGivesAFreshOne() throws Exception {
		SecondFactorVisitor visitor = signedIn(newUser());
		String secret = visitor.startEnrolment();

		assertThat(visitor.startEnrolment()).isEqualTo(secret);
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(61));
		assertThat(visitor.startEnrolment()).isNotEqualTo(secret);
	}

	@Test
	void aWrongCodeDoesNotTurnTheSecondFactorOnAndTheSameKeyIsShownAgain() throws Exception {
		String name = newUser();
		SecondFactorVisitor visitor = signedIn(name);
		String secret = visitor.startEnrolment();

		visitor.confirmEnrolment(SecondFactorVisitor.wrongCode(secret))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That code does not fit this key")))
			.andExpect(content().string(containsString("id=\"totp-secret\">" + secret + "<")));
		visitor.confirmEnrolment("12ab").andExpect(content().string(containsString("Enter the 6 digits your authenticator app shows.")));

		visitor.signOut();
		visitor.signIn(name, PASSWORD).andExpect(authenticated()).andExpect(redirectedUrl("/"));
	}

	@Test
	void aRightCodeTurnsItOnAndTheNextSignInAsksForACodeBeforeTheUserIsSignedIn() throws Exception {
		String name = newUser();
		SecondFactorVisitor visitor = signedIn(name);
		String secret = visitor.startEnrolment();
		visitor.enrol(secret);
		visitor.perform(get("/account/second-factor")).andExpect(content().string(containsString("Your second factor is on")));
		visitor.signOut();
		TestInfrastructure.CLOCK.advance(Totp.STEP);

		visitor.signIn(name, PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login/code"));
		visitor.perform(get("/")).andExpect(redirectedUrl("/login"));
		visitor.perform(get("/login/code")).andExpect(status().isOk()).andExpect(content().string(containsString("Enter your code")));

		// Where the user was going when asked to sign in, as after a password alone.
		visitor.code(SecondFactorVisitor.currentCode(secret)).andExpect(redirectedUrl("http://localhost/?continue"));
		visitor.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString(">" + name + "</span>")));
	}

	@Test
	void aCodeIsAcceptedOnceSoTheSameCodeCannotSignInAgain() throws Exception {
		String name = newUser();
		String secret = enrolled(name);
		String code = SecondFactorVisitor.currentCode(secret);
		SecondFactorVisitor first = new SecondFactorVisitor(mvc);
		first.signIn(name, PASSWORD);
		first.code(code).andExpect(redirectedUrl("/"));

		SecondFactorVisitor second = new SecondFactorVisitor(mvc);
		second.signIn(name, PASSWORD).andExpect(redirectedUrl("/login/code"));
		second.code(code)
			.andExpect(status().isOk())
			.andExpect(unauthenticated())
			.andExpect(content().string(containsString("That code was used already")))
			.andExpect(content().string(not(containsString("value=\"" + code + "\""))));

		TestInfrastructure.CLOCK.advance(Totp.STEP);
		second.code(SecondFactorVisitor.currentCode(secret)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aCodeOneStepOldStillSignsIn() throws Exception {
		String name = newUser();
		String secret = enrolled(name);
		String code = SecondFactorVisitor.currentCode(secret);
		TestInfrastructure.CLOCK.advance(Totp.STEP);

		SecondFactorVisitor visitor = new SecondFactorVisitor(mvc);
		visitor.signIn(name, PASSWORD);
		visitor.code(code).andExpect(redirectedUrl("/"));
	}

	@Test
	void eachRecoveryCodeSignsInOnce() throws Exception {
		String name = newUser();
		SecondFactorVisitor setUp = signedIn(name);
		List<String> recoveryCodes = setUp.enrol(setUp.startEnrolment());

		SecondFactorVisitor first = new SecondFactorVisitor(mvc);
		first.signIn(name, PASSWORD);
		first.recoveryCode(recoveryCodes.get(3).toUpperCase(Locale.ROOT)).andExpect(redirectedUrl("/"));
		first.perform(get("/account/second-factor")).andExpect(content().string(containsString("9</span> of your recovery codes are left")));

		SecondFactorVisitor second = new SecondFactorVisitor(mvc);
		second.signIn(name, PASSWORD);
		second.recoveryCode(recoveryCodes.get(3))
			.andExpect(unauthenticated())
			.andExpect(content().string(containsString("That is not one of your recovery codes, or it was used already.")));
		second.recoveryCode(recoveryCodes.get(4)).andExpect(redirectedUrl("/"));
	}

	@Test
	void fiveWrongCodesSendTheUserBackAndLockTheAccountLikeWrongPasswords() throws Exception {
		String name = newUser();
		String secret = enrolled(name);
		SecondFactorVisitor visitor = new SecondFactorVisitor(mvc);
		visitor.signIn(name, PASSWORD);
		for (int attempt = 1; attempt <= 4; attempt++) {
			visitor.code(SecondFactorVisitor.wrongCode(secret))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("That code is not right")));
		}

		visitor.code(SecondFactorVisitor.wrongCode(secret)).andExpect(redirectedUrl("/login?locked"));
		visitor.perform(get("/login/code")).andExpect(redirectedUrl("/login?expired"));
		visitor.signIn(name, PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN_SECOND_FACTOR' and resource_id = ? and phase = 'FAILED'")
			.param(name).query(Integer.class).single()).isEqualTo(5);

		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(16));
		visitor.signIn(name, PASSWORD).andExpect(redirectedUrl("/login/code"));
		visitor.code(SecondFactorVisitor.currentCode(secret)).andExpect(redirectedUrl("/"));
	}

	@Test
	void theCodePageWithoutAPasswordFirstSendsToTheSignInPage() throws Exception {
		new SecondFactorVisitor(mvc).perform(get("/login/code")).andExpect(redirectedUrl("/login?expired"));
		new SecondFactorVisitor(mvc).code("123456").andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
	}

	@Test
	void aCodeLongAfterThePasswordStartsTheSignInOver() throws Exception {
		String name = newUser();
		String secret = enrolled(name);
		SecondFactorVisitor visitor = new SecondFactorVisitor(mvc);
		visitor.signIn(name, PASSWORD);
		TestInfrastructure.CLOCK.advance(SecondStepSignIn.CODE_TIME.plusSeconds(1));

		visitor.code(SecondFactorVisitor.currentCode(secret)).andExpect(redirectedUrl("/login?expired")).andExpect(unauthenticated());
	}

	@Test
	void administratorsAreNotAskedToSetItUpWhenTheSettingIsOff() throws Exception {
		String name = newUser("ADMIN");

		new SecondFactorVisitor(mvc).signIn(name, PASSWORD).andExpect(authenticated()).andExpect(redirectedUrl("/"));
	}

	private String newUser() {
		return newUser("VIEWER");
	}

	private String newUser(String role) {
		String name = "totp-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, PASSWORD, role);
		return name;
	}

	private SecondFactorVisitor signedIn(String name) throws Exception {
		SecondFactorVisitor visitor = new SecondFactorVisitor(mvc);
		visitor.signIn(name, PASSWORD).andExpect(authenticated());
		return visitor;
	}

	/** Sets the factor up and moves past the step whose code that used. */
	private String enrolled(String name) throws Exception {
		SecondFactorVisitor visitor = signedIn(name);
		String secret = visitor.startEnrolment();
		visitor.enrol(secret);
		TestInfrastructure.CLOCK.advance(Totp.STEP);
		return secret;
	}

}
