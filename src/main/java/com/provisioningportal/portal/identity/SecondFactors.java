package com.provisioningportal.portal.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.Phase;
import com.provisioningportal.portal.projects.SecretEncryption;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' authenticator-app second factor: setting it up, checking its codes (each accepted once) and recovery codes
 * (each usable once) at sign-in, locking the account after too many wrong ones, and an administrator's reset. The
 * key is kept encrypted and never leaves this class but to the user setting it up; no log or audit row has it.
 */
@Service
class SecondFactors {

	static final String ISSUER = "Provisioning Portal";

	static final int RECOVERY_CODES = 10;

	/** 16 Base32 characters: 80 random bits, too many to guess or to find from a leaked SHA-256 digest. */
	private static final int RECOVERY_CODE_LENGTH = 16;

	private static final char[] RECOVERY_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	/** How long the set-up page keeps showing a key not confirmed yet. */
	private static final Duration PENDING_KEY_REUSE = Duration.ofHours(1);

	/** What the sign-in does once the password was right. */
	enum NextStep {
		/** Signed in. */
		NONE,
		/** A code (or a recovery code) before the session is signed in. */
		CODE,
		/** Signed in, but reaching nothing until the second factor is set up. */
		ENROL
	}

	enum CodeCheck {
		ACCEPTED, WRONG, REUSED, LOCKED
	}

	/** A key waiting for its first code: as Base32 text and as the URI an app reads from the QR code. */
	record Enrolment(String secret, String uri, Instant createdAt) {
	}

	record ConfirmEnrolment(String username, String code, String currentSessionId) {
	}

	record ResetSecondFactor(long userId, String confirmation) {
	}

	private record StoredFactor(long userId, String secret, Long lastUsedStep, int failedCodes) {
	}

	private final JdbcClient jdbc;

	private final PortalUserRepository users;

	private final SecretEncryption encryption;

	private final UserSessions sessions;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SignInSettings signInSettings;

	private final SecondFactorSettings settings;

	private final MessageSourceAccessor messages;

	SecondFactors(JdbcClient jdbc, PortalUserRepository users, SecretEncryption encryption, UserSessions sessions,
			AuditLog auditLog, Clock clock, SignInSettings signInSettings, SecondFactorSettings settings,
			MessageSource messageSource) {
		this.jdbc = jdbc;
		this.users = users;
		this.encryption = encryption;
		this.sessions = sessions;
		this.auditLog = auditLog;
		this.clock = clock;
		this.signInSettings = signInSettings;
		this.settings = settings;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@Transactional(readOnly = true)
	NextStep afterPassword(String username) {
		PortalUser user = users.findByUsername(username).orElseThrow();
		if (enrolled(user.id())) {
			return NextStep.CODE;
		}
		return (user.role() == Role.ADMIN && settings.adminSecondFactor()) ? NextStep.ENROL : NextStep.NONE;
	}

	boolean enrolled(long userId) {
		return jdbc.sql("select count(*) from user_second_factor where user_id = ? and confirmed_at is not null")
			.param(userId)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	boolean enrolled(String username) {
		return users.findByUsername(username).map(user -> enrolled(user.id())).orElse(false);
	}

	/** When wrong codes locked the account, the moment the lock ends. */
	Optional<Instant> lockedUntil(long userId) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from user_second_factor where user_id = ?")
			.param(userId)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now));
	}

	@Transactional(readOnly = true)
	int recoveryCodesLeft(String username) {
		return jdbc.sql("""
				select count(*) from user_recovery_code c join portal_user u on u.id = c.user_id
				where lower(u.username) = lower(?) and c.used_at is null
				""").param(username).query(Integer.class).single();
	}

	/**
	 * The key to set up: the one waiting for its first code when it is recent, so reloading the page does not
	 * change a key the app may have added already; otherwise a fresh one, replacing one that was never confirmed.
	 */
	@Transactional
	Enrolment begin(String username) {
		PortalUser user = users.findByUsername(username).orElseThrow();
		Optional<Enrolment> recent = pending(username).filter(enrolment -> enrolment.createdAt()
			.isAfter(clock.instant().minus(PENDING_KEY_REUSE)));
		if (recent.isPresent()) {
			return recent.get();
		}
		String secret = Base32.encode(Totp.newKey());
		int stored = jdbc.sql("""
				insert into user_second_factor (user_id, secret_encrypted, created_at) values (:user, :secret, :now)
				on conflict (user_id) do update set secret_encrypted = excluded.secret_encrypted, created_at = excluded.created_at
				where user_second_factor.confirmed_at is null
				""")
			.param("user", user.id())
			.param("secret", encryption.encrypt(secret))
			.param("now", at(clock.instant()))
			.update();
		if (stored == 0) {
			throw violation(null, Messages.of("second-factor.enrol.already"));
		}
		return enrolment(user.username(), secret, clock.instant());
	}

	/** The key waiting for its first code, to show again next to a wrong one. */
	@Transactional(readOnly = true)
	Optional<Enrolment> pending(String username) {
		return jdbc.sql("""
				select f.secret_encrypted, u.username, f.created_at from user_second_factor f join portal_user u on u.id = f.user_id
				where lower(u.username) = lower(?) and f.confirmed_at is null
				""")
			.param(username)
			.query((row, number) -> enrolment(row.getString(2), encryption.decrypt(row.getString(1)),
					row.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * Turns the second factor on when the code fits the waiting key, and returns the recovery codes, which exist in
	 * clear only in this answer. The user's other sessions end: they were signed in with the password alone.
	 */
	@Transactional
	List<String> confirm(ConfirmEnrolment command) {
		return auditLog.change(AuditEntry.of("SECOND_FACTOR_ENABLE").resource("user", command.username()),
				() -> confirmChecked(command), codes -> Outcome.ok(Map.of("recoveryCodes", codes.size())));
	}

	private List<String> confirmChecked(ConfirmEnrolment command) {
		PortalUser user = users.findByUsername(command.username())
			.orElseThrow(() -> violation(null, Messages.of("password.account.gone")));
		StoredFactor factor = lock(user.id(), false)
			.orElseThrow(() -> violation("code", Messages.of("second-factor.enrol.missing")));
		Instant now = clock.instant();
		OptionalLong step = Totp.matchingStep(Base32.decode(factor.secret()), command.code(), now);
		if (step.isEmpty()) {
			throw violation("code", Messages.of("second-factor.enrol.code.wrong"));
		}
		jdbc.sql("update user_second_factor set confirmed_at = :now, last_used_step = :step, failed_codes = 0, locked_until = null where user_id = :user")
			.param("now", at(now))
			.param("step", step.getAsLong())
			.param("user", user.id())
			.update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = newRecoveryCode();
			codes.add(code);
			jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (?, ?)").params(user.id(), digest(code)).update();
		}
		sessions.endAllExcept(user.username(), command.currentSessionId());
		return codes;
	}

	/** Checks a code from the app during sign-in. Each is accepted once: no code of the same or an earlier step after it. */
	@Transactional
	CodeCheck checkCode(String username, String code) {
		return check(username, "app", factor -> {
			OptionalLong step = Totp.matchingStep(Base32.decode(factor.secret()), code, clock.instant());
			if (step.isEmpty()) {
				return CodeCheck.WRONG;
			}
			if (factor.lastUsedStep() != null && step.getAsLong() <= factor.lastUsedStep()) {
				return CodeCheck.REUSED;
			}
			jdbc.sql("update user_second_factor set last_used_step = ? where user_id = ?").params(step.getAsLong(), factor.userId()).update();
			return CodeCheck.ACCEPTED;
		});
	}

	/** Checks a recovery code during sign-in; each works once. */
	@Transactional
	CodeCheck checkRecoveryCode(String username, String recoveryCode) {
		return check(username, "recovery code", factor -> {
			int used = jdbc.sql("update user_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
				.params(at(clock.instant()), factor.userId(), digest(recoveryCode))
				.update();
			return (used == 1) ? CodeCheck.ACCEPTED : CodeCheck.WRONG;
		});
	}

	private CodeCheck check(String username, String method, Function<StoredFactor, CodeCheck> verify) {
		PortalUser user = users.findByUsername(username).orElseThrow();
		StoredFactor factor = lock(user.id(), true).orElseThrow();
		CodeCheck result = lockedUntil(user.id()).isPresent() ? CodeCheck.LOCKED : verify.apply(factor);
		if (result == CodeCheck.ACCEPTED) {
			jdbc.sql("update user_second_factor set failed_codes = 0 where user_id = ?").param(user.id()).update();
		}
		else if (result != CodeCheck.LOCKED) {
			result = countFailure(factor, result);
		}
		Actor actor = Actor.user(user.username(), List.of(user.role().name()));
		AuditEntry entry = AuditEntry.of("SIGN_IN_SECOND_FACTOR").resource("user", user.username())
			.request(Map.of("method", method))
			.by(actor);
		auditLog.record(entry, (result == CodeCheck.ACCEPTED) ? Phase.SUCCEEDED : Phase.FAILED,
				(result == CodeCheck.ACCEPTED) ? Outcome.ok() : Outcome.error(reason(result)));
		return result;
	}

	/** A wrong or reused code counts; the last one allowed locks the account for as long as wrong passwords would. */
	private CodeCheck countFailure(StoredFactor factor, CodeCheck result) {
		Instant now = clock.instant();
		if (factor.failedCodes() + 1 >= signInSettings.maxFailures()) {
			jdbc.sql("update user_second_factor set failed_codes = 0, locked_until = ? where user_id = ?")
				.params(at(now.plus(signInSettings.lockDuration())), factor.userId())
				.update();
			return CodeCheck.LOCKED;
		}
		jdbc.sql("update user_second_factor set failed_codes = failed_codes + 1 where user_id = ?").param(factor.userId()).update();
		return result;
	}

	/** Removes the user's second factor and ends their sessions; they set it up again when they must have one. */
	@Transactional
	String reset(ResetSecondFactor command) {
		PortalUser user = users.findById(command.userId()).orElseThrow(() -> new UserNotFoundException(command.userId()));
		return auditLog.change(AuditEntry.of("USER_SECOND_FACTOR_RESET").resource("user", user.username()), () -> {
			if (!user.username().equals((command.confirmation() == null) ? null : command.confirmation().trim())) {
				throw violation("confirmation", Messages.of("second-factor.reset.confirm", user.username()));
			}
			if (!enrolled(user.id())) {
				throw violation(null, Messages.of("second-factor.reset.none", user.username()));
			}
			jdbc.sql("delete from user_second_factor where user_id = ?").param(user.id()).update();
			sessions.endAll(user.username());
			return user.username();
		}, username -> Outcome.ok());
	}

	private Optional<StoredFactor> lock(long userId, boolean confirmed) {
		return jdbc.sql("select user_id, secret_encrypted, last_used_step, failed_codes from user_second_factor where user_id = ? and (confirmed_at is not null) = ? for update")
			.params(userId, confirmed)
			.query((row, number) -> new StoredFactor(row.getLong(1), encryption.decrypt(row.getString(2)),
					row.getObject(3, Long.class), row.getInt(4)))
			.optional();
	}

	private static Enrolment enrolment(String username, String secret, Instant createdAt) {
		String label = uriPart(ISSUER) + ":" + uriPart(username);
		return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + uriPart(ISSUER),
				createdAt);
	}

	/** Percent-encoded as a URI path wants it: a space is %20, never +. */
	private static String uriPart(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String newRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < RECOVERY_CODE_LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
		}
		return code.toString();
	}

	/** The digest of a recovery code as typed: case, spaces and dashes do not matter. */
	static String digest(String recoveryCode) {
		String normalised = recoveryCode.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static String reason(CodeCheck result) {
		return switch (result) {
			case LOCKED -> "Locked after repeated failures";
			case REUSED -> "Code used already";
			default -> "Wrong code";
		};
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Resolved now: the page or the flash message shows the violation's text. */
	private RuleViolation violation(String field, MessageSourceResolvable message) {
		return new RuleViolation(field, messages.getMessage(message));
	}

}
