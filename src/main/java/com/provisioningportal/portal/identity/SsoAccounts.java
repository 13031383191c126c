package com.provisioningportal.portal.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.Phase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a provider account into a portal user at each sign-in. The account is found by issuer and subject only; a
 * new one becomes a new user, never an existing one, whatever name or e-mail it claims. Its portal role and team
 * memberships are then set from the ID token's {@code groups} claim, so a group taken away at the provider is a
 * membership gone at the next sign-in. Every step is audited, with the signing-in user as the actor, and each is a
 * transaction of its own with its audit row: the audit chain takes one change per transaction.
 */
@Service
class SsoAccounts {

	static final String GROUPS_CLAIM = "groups";

	/** Error code of a first sign-in refused because the account claims a local user's name or e-mail. */
	static final String COLLISION = "portal_account_collision";

	/** Error code of a sign-in refused because the portal user is disabled. */
	static final String DISABLED = "portal_account_disabled";

	private static final String NAME_PATTERN = "[^A-Za-z0-9._@-]";

	private static final int NAME_LENGTH = 64;

	/** Highest first, as {@link TeamAccess} ranks them: of two groups giving one team, the higher role wins. */
	private static final List<TeamRole> RANK = List.of(TeamRole.ONBOARDER, TeamRole.VIEWER, TeamRole.AUDITOR);

	private final JdbcClient jdbc;

	private final PortalUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final UserSessions sessions;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SsoSettings settings;

	private final SecureRandom random = new SecureRandom();

	private final TransactionTemplate transaction;

	SsoAccounts(JdbcClient jdbc, PortalUserRepository users, PasswordEncoder passwordEncoder, UserSessions sessions,
			AuditLog auditLog, Clock clock, SsoSettings settings, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.auditLog = auditLog;
		this.clock = clock;
		this.settings = settings;
	}

	/** The portal user a provider account signs in as. */
	record SignedIn(String username, Role role) {
	}

	/**
	 * Finds or creates the account's user and brings its role and memberships in line with its groups.
	 * @throws OAuth2AuthenticationException when the sign-in is refused (see {@link #COLLISION}, {@link #DISABLED})
	 */
	SignedIn signIn(OidcUser account) {
		return signIn(account, settings.emailCollision());
	}

	SignedIn signIn(OidcUser account, SsoSettings.EmailCollision collisions) {
		String issuer = account.getIdToken().getIssuer().toString();
		String subject = account.getSubject();
		List<String> groups = groupsOf(account);
		Map<String, Object> claimed = claimed(issuer, subject, account.getEmail(), groups);
		Map<Long, Grant> grants = grants(groups);
		Role role = roleFor(groups, grants);
		PortalUser user = transaction.execute(status -> {
			// Two first sign-ins of one account at once must not make two users.
			jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))").param("key", "portal.sso:" + issuer + " " + subject)
				.query()
				.singleRow();
			PortalUser found = linkedUser(issuer, subject)
				.orElseGet(() -> create(account, issuer, subject, role, claimed, collisions));
			jdbc.sql("""
					update user_identity set last_sign_in_at = :now, email = :email
					where issuer = :issuer and subject = :subject""")
				.param("now", Timestamp.from(clock.instant()))
				.param("email", account.getEmail())
				.param("issuer", issuer)
				.param("subject", subject)
				.update();
			return found;
		});
		Actor actor = Actor.user(user.username(), List.of(role.name()));
		if (!user.enabled()) {
			throw refuse(AuditEntry.of("SSO_SIGN_IN").resource("user", user.username()).request(claimed).by(actor), DISABLED,
					"Account disabled");
		}
		followRole(user, role, actor);
		followGroups(user, role, grants, actor);
		auditLog.record(AuditEntry.of("SSO_SIGN_IN").resource("user", user.username()).request(claimed).by(actor),
				Phase.SUCCEEDED, Outcome.ok(Map.of("role", role)));
		return new SignedIn(user.username(), role);
	}

	/** The role a team's group gives, and the group that gave it (for the audit log). */
	private record Grant(long teamId, String teamName, TeamRole role, String group) {
	}

	private Optional<PortalUser> linkedUser(String issuer, String subject) {
		return jdbc.sql("select user_id from user_identity where issuer = :issuer and subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(Long.class)
			.optional()
			.flatMap(users::findById);
	}

	private PortalUser create(OidcUser account, String issuer, String subject, Role role, Map<String, Object> claimed,
			SsoSettings.EmailCollision collisions) {
		String wanted = wantedName(account);
		Actor claimant = Actor.user(wanted, List.of(role.name()));
		boolean collides = isLocalUser(wanted) || (account.getEmail() != null && isLocalUser(account.getEmail()));
		if (collides && collisions == SsoSettings.EmailCollision.REFUSE) {
			throw refuse(AuditEntry.of("SSO_USER_CREATE").resource("user", wanted).request(claimed).by(claimant), COLLISION,
					"The provider account claims the name or e-mail of a local user");
		}
		String username = freeName(wanted);
		Map<String, Object> request = new LinkedHashMap<>(claimed);
		request.put("role", role);
		return auditLog.change(AuditEntry.of("SSO_USER_CREATE").resource("user", username).request(request)
			.by(Actor.user(username, List.of(role.name()))), () -> {
				Instant now = clock.instant();
				PortalUser user = users.saveAndFlush(new PortalUser(username, unusablePassword(), role, false, now));
				jdbc.sql("""
						insert into user_identity (issuer, subject, user_id, email, created_at, last_sign_in_at)
						values (:issuer, :subject, :user, :email, :now, :now)""")
					.param("issuer", issuer)
					.param("subject", subject)
					.param("user", user.id())
					.param("email", account.getEmail())
					.param("now", Timestamp.from(now))
					.update();
				return user;
			}, created -> Outcome.ok(Map.of("username", created.username(), "role", created.role())));
	}

	private void followRole(PortalUser user, Role role, Actor actor) {
		if (user.role() == role) {
			return;
		}
		transaction.executeWithoutResult(status -> auditLog.change(AuditEntry.of("SSO_ROLE_CHANGE")
			.resource("user", user.username())
			.request(Map.of("role", role))
			.before(Map.of("role", user.role()))
			.by(actor), () -> {
				jdbc.sql("update portal_user set role = :role, version = version + 1 where id = :id")
					.param("role", role.name())
					.param("id", user.id())
					.update();
				// Sessions elsewhere still carry the old role, as when an administrator changes it.
				sessions.endAll(user.username());
				return role;
			}, changed -> Outcome.ok(Map.of("role", changed))));
	}

	private void followGroups(PortalUser user, Role role, Map<Long, Grant> grants, Actor actor) {
		Map<Long, Grant> wanted = new HashMap<>();
		if (role != Role.ADMIN) {
			// An auditor audits in all their teams; anyone else reads where a group would make them audit.
			grants.values().forEach(grant -> wanted.put(grant.teamId(), (role != Role.AUDITOR && grant.role() == TeamRole.AUDITOR)
					? new Grant(grant.teamId(), grant.teamName(), TeamRole.VIEWER, grant.group()) : grant));
		}
		Map<Long, TeamRole> held = new HashMap<>();
		Map<Long, String> heldNames = new HashMap<>();
		jdbc.sql("select m.team_id, t.name, m.role from team_member m join team t on t.id = m.team_id where m.user_id = :user")
			.param("user", user.id())
			.query((rs, row) -> {
				held.put(rs.getLong("team_id"), TeamRole.valueOf(rs.getString("role")));
				heldNames.put(rs.getLong("team_id"), rs.getString("name"));
				return null;
			})
			.list();
		for (Map.Entry<Long, TeamRole> membership : held.entrySet()) {
			if (!wanted.containsKey(membership.getKey())) {
				String team = heldNames.get(membership.getKey());
				membershipChange(AuditEntry.of("SSO_TEAM_LEAVE").resource("team", team)
					.request(Map.of("username", user.username()))
					.before(Map.of("role", membership.getValue()))
					.by(actor), "delete from team_member where team_id = :team and user_id = :user", membership.getKey(),
						user, null);
			}
		}
		for (Grant grant : wanted.values()) {
			TeamRole current = held.get(grant.teamId());
			if (current == null) {
				membershipChange(AuditEntry.of("SSO_TEAM_JOIN").resource("team", grant.teamName())
					.request(Map.of("username", user.username(), "role", grant.role(), "group", grant.group()))
					.by(actor), "insert into team_member (team_id, user_id, role) values (:team, :user, :role)",
						grant.teamId(), user, grant.role());
			}
			else if (current != grant.role()) {
				membershipChange(AuditEntry.of("SSO_TEAM_ROLE_CHANGE").resource("team", grant.teamName())
					.request(Map.of("username", user.username(), "role", grant.role(), "group", grant.group()))
					.before(Map.of("role", current))
					.by(actor), "update team_member set role = :role where team_id = :team and user_id = :user",
						grant.teamId(), user, grant.role());
			}
		}
	}

	private void membershipChange(AuditEntry entry, String sql, long teamId, PortalUser user, TeamRole role) {
		transaction.executeWithoutResult(status -> auditLog.change(entry, () -> {
			var statement = jdbc.sql(sql).param("team", teamId).param("user", user.id());
			return ((role != null) ? statement.param("role", role.name()) : statement).update();
		}, changed -> Outcome.ok()));
	}

	/** Per team, the highest role any of the groups gives there. */
	private Map<Long, Grant> grants(List<String> groups) {
		Map<Long, Grant> grants = new HashMap<>();
		if (groups.isEmpty()) {
			return grants;
		}
		jdbc.sql("""
				select g.team_id, t.name, g.role, g.group_name from team_group g join team t on t.id = g.team_id
				where g.group_name in (:groups) order by g.group_name""")
			.param("groups", groups)
			.query((rs, row) -> new Grant(rs.getLong("team_id"), rs.getString("name"), TeamRole.valueOf(rs.getString("role")),
					rs.getString("group_name")))
			.list()
			.forEach(grant -> grants.merge(grant.teamId(), grant,
					(one, other) -> (RANK.indexOf(other.role()) < RANK.indexOf(one.role())) ? other : one));
		return grants;
	}

	/**
	 * Administrators by the admin group; otherwise the highest team role the groups give, so the routes outside
	 * projects match what the user does in their teams. With no group of any team, a viewer who sees nothing.
	 */
	private Role roleFor(List<String> groups, Map<Long, Grant> grants) {
		if (settings.adminGroup() != null && groups.contains(settings.adminGroup())) {
			return Role.ADMIN;
		}
		return RANK.stream()
			.filter(rank -> grants.values().stream().anyMatch(grant -> grant.role() == rank))
			.findFirst()
			.map(rank -> Role.valueOf(rank.name()))
			.orElse(Role.VIEWER);
	}

	private OAuth2AuthenticationException refuse(AuditEntry entry, String code, String reason) {
		auditLog.record(entry, Phase.FAILED, Outcome.error(reason));
		return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null));
	}

	/** A user without a provider account: one whose name an account claiming it must never take over. */
	private boolean isLocalUser(String name) {
		return jdbc.sql("""
				select count(*) from portal_user u where lower(u.username) = lower(:name)
				and not exists (select 1 from user_identity i where i.user_id = u.id)""")
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	/** The provider's user name (else e-mail, else subject), as a portal user name may be written. */
	private static String wantedName(OidcUser account) {
		String claimed = firstPresent(account.getPreferredUsername(), account.getEmail(), account.getSubject());
		String name = claimed.replaceAll(NAME_PATTERN, "-");
		name = name.substring(0, Math.min(name.length(), NAME_LENGTH - 8));
		return (name.length() < 3) ? name + "-sso" : name;
	}

	/** The wanted name, or when someone has it already the first free of {@code name-sso}, {@code name-sso2}, … */
	private String freeName(String wanted) {
		String candidate = wanted;
		for (int n = 1; users.findByUsername(candidate).isPresent(); n++) {
			candidate = wanted + "-sso" + ((n == 1) ? "" : String.valueOf(n));
		}
		return candidate;
	}

	/** Provider users sign in at the provider: a password nobody knows. */
	private String unusablePassword() {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
	}

	private static List<String> groupsOf(OidcUser account) {
		List<String> groups = account.getIdToken().getClaimAsStringList(GROUPS_CLAIM);
		return (groups == null) ? List.of() : List.copyOf(new TreeSet<>(groups));
	}

	private static Map<String, Object> claimed(String issuer, String subject, String email, List<String> groups) {
		Map<String, Object> claimed = new LinkedHashMap<>();
		claimed.put("issuer", issuer);
		claimed.put("subject", subject);
		if (email != null) {
			claimed.put("email", email.toLowerCase(Locale.ROOT));
		}
		claimed.put("groups", groups);
		return claimed;
	}

	private static String firstPresent(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		throw new IllegalStateException("An ID token always has a subject");
	}

}
