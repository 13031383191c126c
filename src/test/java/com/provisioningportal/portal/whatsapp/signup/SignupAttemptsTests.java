package com.provisioningportal.portal.whatsapp.signup;

import java.time.Clock;
import java.util.UUID;

import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.whatsapp.signup.SignupStore.Changes;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The attempt's state machine on its own: which moves it makes, and that it makes no other. */
class SignupAttemptsTests {

	private final SignupStore store = mock(SignupStore.class);

	private final SignupAttempts attempts = new SignupAttempts(store, mock(AuditLog.class), Clock.systemUTC(),
			new StaticMessageSource());

	private final SignupAttempt attempt = mock(SignupAttempt.class);

	@Test
	void aMoveAlongTheMainPathIsRecordedOnceByTheStore() {
		UUID id = UUID.randomUUID();
		when(attempt.id()).thenReturn(id);
		when(store.move(eq(id), eq(AttemptStatus.VERIFIED), eq(AttemptStatus.SENDER_REQUESTED), any(), any())).thenReturn(true, false);

		assertThat(attempts.move(attempt, AttemptStatus.VERIFIED, AttemptStatus.SENDER_REQUESTED, Changes.none())).isTrue();
		assertThat(attempts.move(attempt, AttemptStatus.VERIFIED, AttemptStatus.SENDER_REQUESTED, Changes.none())).isFalse();
	}

	@Test
	void aMoveThatSkipsAStepOrGoesBackNeverReachesTheStore() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> attempts.move(attempt, AttemptStatus.STARTED, AttemptStatus.ACTIVE, Changes.none()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> attempts.move(attempt, AttemptStatus.ERROR, AttemptStatus.STARTED, Changes.none()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> attempts.fail(attempt, AttemptStatus.NEEDS_NUMBER, "code", "A sentence."));
		verifyNoInteractions(store);
	}

}
