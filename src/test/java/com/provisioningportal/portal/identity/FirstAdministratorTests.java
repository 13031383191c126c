package com.provisioningportal.portal.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	private final PortalUserRepository users = mock(PortalUserRepository.class);

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final JdbcClient jdbc = mock(JdbcClient.class, Answers.RETURNS_DEEP_STUBS);

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void withConfiguredCredentialsTheAdministratorIsCreatedFromThem(CapturedOutput output) {
		when(users.count()).thenReturn(0L);

		new FirstAdministrator(users, encoder, jdbc, clock, "ops-lead", "configured password").run(null);

		PortalUser created = saved();
		assertThat(created.username()).isEqualTo("ops-lead");
		assertThat(created.role()).isEqualTo(Role.ADMIN);
		assertThat(created.mustChangePassword()).isFalse();
		assertThat(encoder.matches("configured password", created.passwordHash())).isTrue();
		assertThat(output).doesNotContain("configured password");
	}

	@Test
	void withoutCredentialsAGeneratedPasswordIsPrintedOnceAndMustBeChanged(CapturedOutput output) {
		when(users.count()).thenReturn(0L);

		new FirstAdministrator(users, encoder, jdbc, clock, "", "").run(null);

		PortalUser created = saved();
		assertThat(created.username()).isEqualTo("admin");
		assertThat(created.mustChangePassword()).isTrue();
		Matcher printed = Pattern.compile("one-time password (\\S+) ").matcher(output.getAll());
		assertThat(printed.find()).isTrue();
		assertThat(encoder.matches(printed.group(1), created.passwordHash())).isTrue();
		assertThat(printed.find()).as("printed only once").isFalse();
	}

	@Test
	void whenUsersExistNothingIsCreated() {
		when(users.count()).thenReturn(3L);

		new FirstAdministrator(users, encoder, jdbc, clock, "", "").run(null);

		verify(users, never()).save(any());
	}

	private PortalUser saved() {
		ArgumentCaptor<PortalUser> captor = ArgumentCaptor.forClass(PortalUser.class);
		verify(users).save(captor.capture());
		return captor.getValue();
	}

}
