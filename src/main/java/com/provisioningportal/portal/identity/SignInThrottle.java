package com.provisioningportal.portal.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address, and locks either after too many. An attempt is
 * counted before its password is checked, in one statement that refuses it when the count is full or locked, so
 * attempts made in parallel stop at the limit exactly; a success gives the count back. The counts live in
 * PostgreSQL so every portal instance shares them.
 * <p>
 * The account is found by its name as {@link PortalUserRepository#findByUsername} finds it ({@code lower()} on both
 * sides), so no spelling of a name can count apart from the account it signs in to. A name that is no account is
 * counted under a digest of that same lower-cased name, and locked like an account: the answers, and the work done,
 * are the same whether the name exists or not.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

	private static final int KEY_LENGTH = 64;

	private static final String ADDRESS = "address:";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInSettings settings;

	SignInThrottle(JdbcClient jdbc, Clock clock, SignInSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** One attempt, counted against its account (or name) and, when known, its client address. */
	record Attempt(String accountKey, @Nullable String addressKey) {
	}

	/**
	 * Counts the attempt before its password is checked.
	 * @throws AddressLockedException when the client address is locked or has no attempts left
	 * @throws LockedException when the account (or name) is locked or has no attempts left
	 */
	Attempt begin(String username, @Nullable Object details) {
		String addressKey = addressKey(details);
		if (addressKey != null && !reserve(addressKey, settings.addressMaxFailures())) {
			throw new AddressLockedException();
		}
		Optional<String> accountKey = reserveAccount(username);
		if (accountKey.isEmpty()) {
			// A refused attempt checks no password, so it is no failure of the address.
			if (addressKey != null) {
				giveBack(addressKey);
			}
			throw new LockedException("Too many failed sign-ins");
		}
		return new Attempt(accountKey.get(), addressKey);
	}

	/** The right password: the account starts afresh; the address only gets this attempt back, as one good account must not cover guesses at others. */
	void succeeded(Attempt attempt) {
		clear(attempt.accountKey());
		if (attempt.addressKey() != null) {
			giveBack(attempt.addressKey());
		}
	}

	/** A failure: the attempt stays counted, and a full count becomes a lock. */
	void failed(Attempt attempt) {
		lockIfFull(attempt.accountKey(), settings.maxFailures(), settings.lockDuration());
		if (attempt.addressKey() != null && lockIfFull(attempt.addressKey(), settings.addressMaxFailures(),
				settings.addressLockDuration())) {
			log.warn("Sign-ins from {} are locked for {} after {} failures", attempt.addressKey().substring(ADDRESS.length()),
					settings.addressLockDuration(), settings.addressMaxFailures());
		}
	}

	/** The password could not be checked (the user store failed): the attempt is not held against anyone. */
	void abandoned(Attempt attempt) {
		giveBack(attempt.accountKey());
		if (attempt.addressKey() != null) {
			giveBack(attempt.addressKey());
		}
	}

	/** When the account is locked now, the moment the lock ends. */
	Optional<Instant> lockedUntil(long accountId) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from sign_in_limit where limit_key = ?")
			.param(accountKey(accountId))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now));
	}

	/** Forgets the account's failures and lifts its lock. */
	void clear(long accountId) {
		clear(accountKey(accountId));
	}

	/** Forgets counts and locks that no longer matter, so guessed names and passing addresses do not pile up. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		Instant now = clock.instant();
		jdbc.sql("delete from sign_in_limit where window_start < :windowStart and (locked_until is null or locked_until < :now)")
			.param("windowStart", at(now.minus(settings.failureWindow())))
			.param("now", at(now))
			.update();
	}

	/**
	 * The key of the client address, or null when the attempt did not come over the web. An IPv6 client usually
	 * has a whole /64 network to itself, so that network is what is counted.
	 */
	static @Nullable String addressKey(@Nullable Object details) {
		if (!(details instanceof WebAuthenticationDetails web) || web.getRemoteAddress() == null) {
			return null;
		}
		return ADDRESS + network(web.getRemoteAddress());
	}

	private static String network(String address) {
		// Only what can be nothing but an IPv6 literal is parsed, so no name is ever looked up.
		if (IPV6.matcher(address).matches()) {
			try {
				InetAddress parsed = InetAddress.getByName(address);
				byte[] bytes = parsed.getAddress();
				if (bytes.length < 16) {
					return parsed.getHostAddress();
				}
				StringBuilder prefix = new StringBuilder();
				for (int i = 0; i < 8; i += 2) {
					prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
				}
				return prefix.append(":/64").toString();
			}
			catch (UnknownHostException ex) {
				// Not an address after all: counted as given.
			}
		}
		return (address.length() > KEY_LENGTH) ? address.substring(0, KEY_LENGTH) : address;
	}

	private static String accountKey(long accountId) {
		return "account:" + accountId;
	}

	private Optional<String> reserveAccount(String username) {
		return reserve("""
				with attempt as (
				  select coalesce('account:' || (select id from portal_user where lower(username) = lower(:name)),
				                  'name:' || encode(sha256(convert_to(lower(:name), 'UTF8')), 'hex')) as limit_key
				)
				insert into sign_in_limit (limit_key, failures, window_start) select limit_key, 1, :now from attempt
				""", username, settings.maxFailures());
	}

	private boolean reserve(String key, int maxFailures) {
		return reserve("insert into sign_in_limit (limit_key, failures, window_start) values (:name, 1, :now)", key,
				maxFailures).isPresent();
	}

	/**
	 * Adds the attempt to the count unless the key is locked or its count full, atomically: the row is locked while
	 * the statement decides, so parallel attempts see each other's. Returns the key when the attempt was counted.
	 */
	private Optional<String> reserve(String insert, String name, int maxFailures) {
		Instant now = clock.instant();
		return jdbc.sql(insert + """
				on conflict (limit_key) do update set
				  failures = case when sign_in_limit.window_start < :windowStart then 1 else sign_in_limit.failures + 1 end,
				  window_start = case when sign_in_limit.window_start < :windowStart then :now else sign_in_limit.window_start end,
				  locked_until = null
				where (sign_in_limit.locked_until is null or sign_in_limit.locked_until <= :now)
				  and (sign_in_limit.window_start < :windowStart or sign_in_limit.failures < :max)
				returning limit_key
				""")
			.param("name", name)
			.param("now", at(now))
			.param("windowStart", at(now.minus(settings.failureWindow())))
			.param("max", maxFailures)
			.query(String.class)
			.optional();
	}

	/** Locks the key when its count is full; true when this call locked it. */
	private boolean lockIfFull(String key, int maxFailures, Duration lockDuration) {
		Instant now = clock.instant();
		return jdbc.sql("""
				update sign_in_limit set failures = 0, window_start = :now, locked_until = :until
				where limit_key = :key and failures >= :max and (locked_until is null or locked_until <= :now)
				""")
			.param("key", key)
			.param("now", at(now))
			.param("until", at(now.plus(lockDuration)))
			.param("max", maxFailures)
			.update() == 1;
	}

	private void giveBack(String key) {
		jdbc.sql("update sign_in_limit set failures = failures - 1 where limit_key = ? and failures > 0").param(key).update();
	}

	private void clear(String key) {
		jdbc.sql("delete from sign_in_limit where limit_key = ?").param(key).update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
