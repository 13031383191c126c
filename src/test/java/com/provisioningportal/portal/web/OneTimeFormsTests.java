package com.provisioningportal.portal.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.provisioningportal.portal.web.OneTimeForms.Notice;
import com.provisioningportal.portal.web.OneTimeForms.Resent;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/** One-time form tokens in PostgreSQL: a form is sent once, whoever sends it how often. */
@PortalTest
class OneTimeFormsTests {

	private final String project = UUID.randomUUID().toString();

	@Autowired
	OneTimeForms forms;

	@Test
	void anIssuedTokenGoesAheadOnceAndARepeatFindsTheResult() {
		String token = forms.issue(project, "onboarder");

		assertThat(forms.claim(token, project, "onboarder").goAhead()).isTrue();
		OneTimeForms.Claim beforeResult = forms.claim(token, project, "onboarder");
		assertThat(beforeResult.alreadySent()).isTrue();
		assertThat(beforeResult.resultPath()).isNull();

		forms.remember(token, "/projects/" + project + "/sms/apps/app-1");
		assertThat(forms.claim(token, project, "onboarder"))
			.isEqualTo(new OneTimeForms.Claim(false, "/projects/" + project + "/sms/apps/app-1"));
	}

	@Test
	void anIssuedTokenIsRefusedToAnotherUserOrProjectAndAForgedOneToEveryone() {
		String token = forms.issue(project, "onboarder");

		assertThat(forms.claim(token, project, "someone-else").alreadySent()).isTrue();
		assertThat(forms.claim(token, UUID.randomUUID().toString(), "onboarder").alreadySent()).isTrue();
		assertThat(forms.claim("forged", project, "onboarder").alreadySent()).isTrue();
		assertThat(forms.claim(null, project, "onboarder").alreadySent()).isTrue();
		assertThat(forms.claim(UUID.randomUUID().toString(), project, "onboarder").alreadySent()).isTrue();

		assertThat(forms.claim(token, project, "onboarder").goAhead()).as("refusals did not use it up").isTrue();
	}

	@Test
	void anIssuedTokenExpiresAfterItsLifetime() {
		String token = forms.issue(project, "onboarder");
		TestInfrastructure.CLOCK.advance(OneTimeForms.LIFETIME.plus(Duration.ofMinutes(1)));

		assertThat(forms.claim(token, project, "onboarder").alreadySent()).isTrue();
	}

	@Test
	void aReleasedTokenCanBeClaimedAgainUntilItsResultIsRemembered() {
		String token = forms.issue(project, "onboarder");
		assertThat(forms.claim(token, project, "onboarder").goAhead()).isTrue();

		forms.release(token);
		assertThat(forms.claim(token, project, "onboarder").goAhead()).isTrue();

		forms.remember(token, "/made");
		forms.release(token);
		assertThat(forms.claim(token, project, "onboarder")).isEqualTo(new OneTimeForms.Claim(false, "/made"));
	}

	@Test
	void aFormSentBeforeIsAnsweredWithTheFeaturesNoticeAndItsResultOrTheList() {
		Resent resent = new Resent(Notice.success(Messages.of("sms.form.sent-already"), null),
				Notice.error(Messages.of("sms.form.sent-already-or-expired"), "/list"));
		String token = forms.issue(project, "onboarder");

		assertThat(forms.sentBefore(token, project, "onboarder", resent, new RedirectAttributesModelMap())).isEmpty();
		RedirectAttributesModelMap unknown = new RedirectAttributesModelMap();
		assertThat(forms.sentBefore(token, project, "onboarder", resent, unknown)).contains("redirect:/list");
		assertThat(unknown.getFlashAttributes().get("flashError")).asString()
			.startsWith("This form was sent already or has expired, so nothing new was created.");

		forms.remember(token, "/made");
		RedirectAttributesModelMap made = new RedirectAttributesModelMap();
		assertThat(forms.sentBefore(token, project, "onboarder", resent, made)).contains("redirect:/made");
		assertThat(made.getFlashAttributes().get("flashSuccess")).asString()
			.isEqualTo("This form was sent already, so nothing new was created. Here is what it made.");
	}

	@Test
	void aFormWithoutATokenIsOutOfDateAndGetsAFreshOne() {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Object(), "form");
		String fresh = forms.submitted(" ", result, project, "onboarder");

		assertThat(result.getGlobalError().getCode()).isEqualTo("form.out-of-date");
		assertThat(forms.claim(fresh, project, "onboarder").goAhead()).isTrue();

		BeanPropertyBindingResult sent = new BeanPropertyBindingResult(new Object(), "form");
		assertThat(forms.submitted(fresh, sent, project, "onboarder")).isEqualTo(fresh);
		assertThat(sent.hasErrors()).isFalse();
	}

	@Test
	void aFormShownAgainAfterARefusalKeepsItsTokenAndOneThatMayHaveMadeSomethingGetsAFreshOne() {
		String token = forms.issue(project, "onboarder");
		assertThat(forms.claim(token, project, "onboarder").goAhead()).isTrue();

		assertThat(forms.showAgain(token, true, project, "onboarder")).isEqualTo(token);
		assertThat(forms.claim(token, project, "onboarder").goAhead()).isTrue();

		String fresh = forms.showAgain(token, false, project, "onboarder");
		assertThat(fresh).isNotEqualTo(token);
		assertThat(forms.claim(token, project, "onboarder").alreadySent()).isTrue();
		assertThat(forms.claim(fresh, project, "onboarder").goAhead()).isTrue();
	}

	@Test
	void concurrentSubmitsOfOneFormLetExactlyOneGoAhead() throws Exception {
		String issued = forms.issue(project, "onboarder");
		String other = forms.issue(project, "admin");
		int submits = 6;
		ExecutorService pool = Executors.newFixedThreadPool(submits);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < submits; i++) {
				boolean useIssued = i % 2 == 0;
				Callable<Boolean> submit = () -> {
					start.await();
					return useIssued ? forms.claim(issued, project, "onboarder").goAhead() : forms.claim(other, project, "admin").goAhead();
				};
				results.add(pool.submit(submit));
			}
			start.countDown();
			int wentAhead = 0;
			for (Future<Boolean> result : results) {
				wentAhead += result.get() ? 1 : 0;
			}
			assertThat(wentAhead).as("one for each form").isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
