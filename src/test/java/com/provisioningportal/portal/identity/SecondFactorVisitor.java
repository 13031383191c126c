package com.provisioningportal.portal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.provisioningportal.testsupport.SessionCookies;
import com.provisioningportal.testsupport.TestInfrastructure;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One browser's worth of MockMvc: follows the session cookie as it changes (at each step of a sign-in), and knows
 * the second factor's pages. Codes are computed from the key as the page shows it, on the tests' clock.
 */
final class SecondFactorVisitor {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([a-z2-7-]{19})</code></li>");

	private final MockMvc mvc;

	private Cookie session;

	SecondFactorVisitor(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		ResultActions result = mvc.perform(request);
		Cookie renewed = result.andReturn().getResponse().getCookie(SessionCookies.NAME);
		if (renewed != null) {
			session = renewed;
		}
		return result;
	}

	ResultActions signIn(String username, String password) throws Exception {
		return perform(post("/login").param("username", username).param("password", password).with(csrf()));
	}

	ResultActions code(String code) throws Exception {
		return perform(post("/login/code").param("code", code).with(csrf()));
	}

	ResultActions recoveryCode(String code) throws Exception {
		return perform(post("/login/recovery-code").param("recoveryCode", code).with(csrf()));
	}

	/** Opens the set-up page and returns the key it shows. */
	String startEnrolment() throws Exception {
		String page = perform(get("/account/second-factor")).andReturn().getResponse().getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the key on the page").isTrue();
		return secret.group(1);
	}

	ResultActions confirmEnrolment(String code) throws Exception {
		return perform(post("/account/second-factor").param("code", code).with(csrf()));
	}

	/** Sets the second factor up with a right code and returns the recovery codes the page shows. */
	List<String> enrol(String secret) throws Exception {
		MvcResult result = confirmEnrolment(currentCode(secret)).andReturn();
		Matcher code = RECOVERY_CODE.matcher(result.getResponse().getContentAsString());
		List<String> codes = new ArrayList<>();
		while (code.find()) {
			codes.add(code.group(1));
		}
		assertThat(codes).as("recovery codes").hasSize(SecondFactors.RECOVERY_CODES);
		return codes;
	}

	void signOut() throws Exception {
		perform(post("/logout").with(csrf()));
		session = null;
	}

	static String currentCode(String secret) {
		return Totp.code(Base32.decode(secret), Totp.step(TestInfrastructure.CLOCK.instant()), Totp.DIGITS);
	}

	/** A code that fits no step near now. */
	static String wrongCode(String secret) {
		byte[] key = Base32.decode(secret);
		long step = Totp.step(TestInfrastructure.CLOCK.instant());
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!code.equals(Totp.code(key, step - 1, 6)) && !code.equals(Totp.code(key, step, 6))
					&& !code.equals(Totp.code(key, step + 1, 6))) {
				return code;
			}
		}
	}

}
