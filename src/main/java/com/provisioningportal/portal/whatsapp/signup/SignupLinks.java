package com.provisioningportal.portal.whatsapp.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import static com.provisioningportal.portal.whatsapp.signup.SignupAudit.details;
import static com.provisioningportal.portal.whatsapp.signup.SignupAudit.entry;

/**
 * The single-use links a specialist sends a customer: created with a token only the customer gets, listed, revoked
 * (ending their open attempts), expired after {@link #LINK_LIFETIME} and used up once an attempt from it asked Sinch
 * for the sender.
 */
@Service
class SignupLinks {

	static final Duration LINK_LIFETIME = Duration.ofDays(7);

	private final SignupStore store;

	private final SignupAttempts attempts;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Environment environment;

	private final MessageSourceAccessor messages;

	SignupLinks(SignupStore store, SignupAttempts attempts, AuditLog auditLog, Clock clock, Environment environment,
			MessageSource messageSource) {
		this.store = store;
		this.attempts = attempts;
		this.auditLog = auditLog;
		this.clock = clock;
		this.environment = environment;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	/** The portal's public address, read when needed (tests learn their port late). */
	String publicUrl() {
		return environment.getRequiredProperty("portal.public-url").replaceAll("/+$", "");
	}

	/** A link for the customer; the token is returned once and stored hashed. */
	CreatedLink createLink(String projectId, SignupDefaults defaults, String specialist) {
		Instant now = clock.instant();
		SignupLink link = new SignupLink(UUID.randomUUID(), projectId, defaults.region(), defaults.metaLocalStorage(),
				specialist, now, now.plus(LINK_LIFETIME), null, null, null);
		String token = SignupStore.randomSecret();
		auditLog.change(entry("WHATSAPP_SIGNUP_LINK_CREATE", projectId, "link-" + link.id())
			.request(Map.of("region", defaults.region(), "metaLocalStorage", defaults.metaLocalStorage(), "expiresAt",
					link.expiresAt().toString())), () -> {
						store.insertLink(link, token);
						return link;
					}, created -> Outcome.ok(Map.of("linkId", created.id().toString(), "expiresAt", created.expiresAt().toString())));
		return new CreatedLink(link, publicUrl() + "/signup/" + token);
	}

	/** Revoked at once, with its attempts still under way: the customer's next step is answered that it was withdrawn. */
	void revokeLink(String projectId, UUID linkId, String specialist) {
		SignupLink link = store.link(linkId).filter(found -> found.projectId().equals(projectId))
			.orElseThrow(() -> refused(Messages.of("whatsapp.signup.link.unknown")));
		auditLog.change(entry("WHATSAPP_SIGNUP_LINK_REVOKE", projectId, "link-" + linkId).before(linkSummary(link)), () -> {
			if (!store.revokeLink(linkId, specialist, clock.instant())) {
				throw refused(Messages.of("whatsapp.signup.link.used"));
			}
			return linkId;
		}, revoked -> Outcome.ok(Map.of("linkId", revoked.toString(), "revoked", true)));
		attempts.withdraw(link);
	}

	/** Used up: an attempt from the link asked Sinch for the sender, so the link starts nothing new. */
	void markUsed(UUID linkId) {
		store.markLinkUsed(linkId, clock.instant());
	}

	Optional<SignupLink> linkByToken(String token) {
		return (token == null || token.length() > 100) ? Optional.empty() : store.linkByToken(token);
	}

	/** The link of {@code token} whatever its state, refused when there is none. */
	SignupLink existingLink(String token) {
		return linkByToken(token).orElseThrow(() -> refused(Messages.of("whatsapp.signup.link.missing")));
	}

	List<SignupLink> links(String projectId) {
		return store.links(projectId, 20);
	}

	/** The moment a link's state is judged at. */
	Instant now() {
		return clock.instant();
	}

	private static Map<String, Object> linkSummary(SignupLink link) {
		return details("linkId", link.id().toString(), "createdBy", link.createdBy(), "expiresAt", link.expiresAt().toString(),
				"usedAt", (link.usedAt() != null) ? link.usedAt().toString() : null);
	}

	record CreatedLink(SignupLink link, String url) {

	}

	/** Resolved now: the refusal page shows its text. */
	private SignupRefused refused(MessageSourceResolvable message) {
		return new SignupRefused(messages.getMessage(message));
	}

}
