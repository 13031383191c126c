package com.provisioningportal.portal.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The sign-in limits on the provider the filter chain uses, against the run's database. Tests of the address and
 * instance limits give those limits small values of their own: in the shared context every test signs in from one
 * address.
 */
@PortalTest
@RecordApplicationEvents
class SignInLimitsTests {

	private static final String PASSWORD = "correct horse battery";

	private static final SignInSettings SMALL_LIMITS = new SignInSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15),
			3, Duration.ofMinutes(10), 3, Duration.ofHours(12));

	@Autowired
	SeedUsers users;

	@Autowired
	PortalUserDetailsService userDetails;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	SignInSettings settings;

	@Autowired
	AuthenticationEventPublisher events;

	@Autowired
	ApplicationEvents published;

	@Test
	void parallelWrongPasswordsStopAtTheLimitExactly() throws Exception {
		String name = newUser();
		String address = testAddress();
		AtomicInteger passwordChecks = new AtomicInteger();
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(counting(passwordCheck(), passwordChecks),
				throttle, new GlobalSignInRate(TestInfrastructure.CLOCK, settings));
		int threads = 20;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<Class<?>>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < threads; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						provider.authenticate(attempt(name, "wrong", address));
						return Authentication.class;
					}
					catch (RuntimeException ex) {
						return ex.getClass();
					}
				}));
			}
			start.countDown();
			List<Class<?>> answers = new ArrayList<>();
			for (Future<Class<?>> outcome : outcomes) {
				answers.add(outcome.get(60, TimeUnit.SECONDS));
			}

			assertThat(answers).filteredOn(BadCredentialsException.class::equals).hasSize(settings.maxFailures());
			assertThat(answers).filteredOn(LockedException.class::equals).hasSize(threads - settings.maxFailures());
			assertThat(passwordChecks).hasValue(settings.maxFailures());
		}
		finally {
			pool.shutdownNow();
		}
		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> provider.authenticate(attempt(name, PASSWORD, address)));
	}

	@Test
	void anAddressIsLockedAfterTooManyFailuresWhateverTheNames() {
		String address = testAddress();
		String name = newUser();
		ThrottledAuthenticationProvider provider = provider(SMALL_LIMITS, settings);
		for (int attempt = 1; attempt <= SMALL_LIMITS.addressMaxFailures(); attempt++) {
			String guessed = (attempt == 1) ? name : "nobody-" + UUID.randomUUID();
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> provider.authenticate(attempt(guessed, "wrong", address)));
		}

		assertThatExceptionOfType(AddressLockedException.class)
			.isThrownBy(() -> provider.authenticate(attempt(name, PASSWORD, address)));
		assertThat(provider.authenticate(attempt(name, PASSWORD, testAddress())).isAuthenticated()).isTrue();

		TestInfrastructure.CLOCK.advance(SMALL_LIMITS.addressLockDuration().plusSeconds(1));
		assertThat(provider.authenticate(attempt(name, PASSWORD, address)).isAuthenticated()).isTrue();
	}

	@Test
	void anIpv6ClientIsCountedByItsNetwork() {
		String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + ":7";
		ThrottledAuthenticationProvider provider = provider(SMALL_LIMITS, settings);
		for (int host = 1; host <= SMALL_LIMITS.addressMaxFailures(); host++) {
			String address = network + "::" + host;
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> provider.authenticate(attempt("nobody-" + UUID.randomUUID(), "wrong", address)));
		}

		assertThatExceptionOfType(AddressLockedException.class)
			.isThrownBy(() -> provider.authenticate(attempt(newUser(), PASSWORD, network + ":0:0:0:99")));
	}

	@Test
	void aRightPasswordDoesNotWipeOutTheAddressesFailures() {
		String address = testAddress();
		String name = newUser();
		ThrottledAuthenticationProvider provider = provider(SMALL_LIMITS, settings);
		for (int attempt = 1; attempt < SMALL_LIMITS.addressMaxFailures(); attempt++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> provider.authenticate(attempt("nobody-" + UUID.randomUUID(), "wrong", address)));
		}
		provider.authenticate(attempt(name, PASSWORD, address));

		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> provider.authenticate(attempt("nobody-" + UUID.randomUUID(), "wrong", address)));
		assertThatExceptionOfType(AddressLockedException.class)
			.isThrownBy(() -> provider.authenticate(attempt(name, PASSWORD, address)));
	}

	@Test
	void tooManyFailuresOnTheInstanceSlowSignInDownWithoutLockingAnyoneOut() {
		String name = newUser();
		ThrottledAuthenticationProvider provider = provider(settings, SMALL_LIMITS);
		for (int attempt = 1; attempt <= SMALL_LIMITS.globalFailuresPerMinute(); attempt++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> provider.authenticate(attempt("nobody-" + UUID.randomUUID(), "wrong", testAddress())));
		}

		// More refusals than the account's limit: none of them counts as a failure.
		for (int attempt = 1; attempt <= settings.maxFailures() + 1; attempt++) {
			assertThatExceptionOfType(SignInBusyException.class)
				.isThrownBy(() -> provider.authenticate(attempt(name, PASSWORD, testAddress())));
		}

		TestInfrastructure.CLOCK.advance(Duration.ofSeconds(60 / SMALL_LIMITS.globalFailuresPerMinute()));
		assertThat(provider.authenticate(attempt(name, PASSWORD, testAddress())).isAuthenticated()).isTrue();
	}

	@Test
	void rightPasswordsDoNotUseUpTheInstancesRate() {
		String name = newUser();
		ThrottledAuthenticationProvider provider = provider(settings, SMALL_LIMITS);
		for (int attempt = 1; attempt <= SMALL_LIMITS.globalFailuresPerMinute() * 2; attempt++) {
			assertThat(provider.authenticate(attempt(name, PASSWORD, testAddress())).isAuthenticated()).isTrue();
		}
	}

	@Test
	void anUnknownNameGetsTheSameAnswerAndTheSamePasswordCheckAsAWrongPassword() {
		AtomicInteger hashChecks = new AtomicInteger();
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetails);
		passwordCheck.setPasswordEncoder(counting(passwordEncoder, hashChecks));
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwordCheck, throttle,
				new GlobalSignInRate(TestInfrastructure.CLOCK, settings));

		Throwable known = catchThrowable(() -> provider.authenticate(attempt(newUser(), "wrong", testAddress())));
		int knownChecks = hashChecks.getAndSet(0);
		Throwable unknown = catchThrowable(() -> provider.authenticate(attempt("nobody-" + UUID.randomUUID(), "wrong", testAddress())));

		assertThat(known).isExactlyInstanceOf(BadCredentialsException.class);
		assertThat(unknown).isExactlyInstanceOf(BadCredentialsException.class).hasMessage(known.getMessage());
		assertThat(knownChecks).isEqualTo(1);
		assertThat(hashChecks).hasValue(1);
	}

	@Test
	void everySpellingTheLookupAcceptsCountsAgainstTheOneAccount() {
		String name = newUser();
		String upperCase = name.toUpperCase(Locale.ROOT);
		ThrottledAuthenticationProvider provider = provider(settings, settings);
		for (int attempt = 1; attempt <= settings.maxFailures(); attempt++) {
			String spelling = (attempt % 2 == 0) ? upperCase : name;
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> provider.authenticate(attempt(spelling, "wrong", testAddress())));
		}

		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> provider.authenticate(attempt(name, PASSWORD, testAddress())));
		assertThat(jdbc.sql("""
				select count(*) from sign_in_limit
				where limit_key in ('name:' || encode(sha256(convert_to(lower(:a), 'UTF8')), 'hex'),
				                    'name:' || encode(sha256(convert_to(lower(:b), 'UTF8')), 'hex'))
				""").param("a", name).param("b", upperCase).query(Long.class).single()).isZero();
	}

	@Test
	void aNameThatIsNoAccountIsLockedWithoutTouchingTheAccountItResembles() {
		String name = newUser();
		ThrottledAuthenticationProvider provider = provider(settings, settings);
		for (int attempt = 1; attempt <= settings.maxFailures(); attempt++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> provider.authenticate(attempt(" " + name, "wrong", testAddress())));
		}

		assertThatExceptionOfType(LockedException.class)
			.isThrownBy(() -> provider.authenticate(attempt(" " + name, PASSWORD, testAddress())));
		assertThat(provider.authenticate(attempt(name, PASSWORD, testAddress())).isAuthenticated()).isTrue();
	}

	/** The audit log records refusals by this event, as it does those of a locked account. */
	@Test
	void aRefusalForALockedAddressIsPublishedAsALockedAccountsIs() {
		events.publishAuthenticationFailure(new AddressLockedException(), attempt("someone", "guess", testAddress()));

		assertThat(published.stream(AuthenticationFailureLockedEvent.class)).hasSize(1);
	}

	private ThrottledAuthenticationProvider provider(SignInSettings throttleSettings, SignInSettings rateSettings) {
		return new ThrottledAuthenticationProvider(passwordCheck(),
				new SignInThrottle(jdbc, TestInfrastructure.CLOCK, throttleSettings),
				new GlobalSignInRate(TestInfrastructure.CLOCK, rateSettings));
	}

	private DaoAuthenticationProvider passwordCheck() {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetails);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		return passwordCheck;
	}

	private static AuthenticationProvider counting(AuthenticationProvider delegate, AtomicInteger calls) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				calls.incrementAndGet();
				return delegate.authenticate(authentication);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return delegate.supports(authentication);
			}

		};
	}

	private static PasswordEncoder counting(PasswordEncoder delegate, AtomicInteger matches) {
		return new PasswordEncoder() {

			@Override
			public String encode(CharSequence rawPassword) {
				return delegate.encode(rawPassword);
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				matches.incrementAndGet();
				return delegate.matches(rawPassword, encodedPassword);
			}

		};
	}

	private static Authentication attempt(String name, String password, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		return attempt;
	}

	/** An address of the benchmarking range, fresh for each test and run. */
	private static String testAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "198." + (18 + random.nextInt(2)) + "." + random.nextInt(256) + "." + random.nextInt(256);
	}

	private String newUser() {
		String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, PASSWORD, "VIEWER");
		return name;
	}

}
