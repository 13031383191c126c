package com.provisioningportal.portal.rcs;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the sender's page asks of Sinch: the launch, inviting and removing test numbers, and comments. */
@Controller
@RequestMapping(RcsPages.BASE)
class RcsSenderChangeController implements AccessRules {

	private static final int MAX_COMMENT = 1000;

	private final RcsSenderChanges changes;

	private final RcsSenderPage page;

	private final OneTimeForms forms;

	RcsSenderChangeController(RcsSenderChanges changes, RcsSenderPage page, OneTimeForms forms) {
		this.changes = changes;
		this.page = page;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(RcsPages.BASE + "/{senderId}/*", Access.CHANNELS_CHANGE),
				AccessRule.post(RcsPages.BASE + "/{senderId}/test-numbers/*", Access.CHANNELS_CHANGE));
	}

	/** Launches after the person confirmed they checked what Sinch and the operators will review. */
	@PostMapping("/{senderId}/launch")
	String launch(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (!confirmed) {
			Flash.error(redirect, Messages.of("rcs.launch.confirm"));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		Optional<RcsSender> sender = page.current(projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return RcsPages.senderRedirect(projectId, senderId);
		}
		if (SinchFailures.attempt(redirect, RcsRefusals::nextStep, () -> changes.launch(projectId, sender.get())).isPresent()) {
			Flash.success(redirect, Messages.of("rcs.launch.started", brandName(sender.get())));
		}
		return RcsPages.senderRedirect(projectId, senderId);
	}

	@PostMapping("/{senderId}/test-numbers")
	String addTestNumbers(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(defaultValue = "") String numbers, RedirectAttributes redirect) {
		List<String> typed = NewRcsSenderForm.parseNumbers(numbers);
		if (typed.isEmpty() || typed.stream().anyMatch(number -> !NewRcsSenderForm.isE164(number))) {
			Flash.error(redirect, Messages.of("rcs.test-number.format"));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		if (typed.size() > NewRcsSenderForm.MAX_TEST_NUMBERS) {
			Flash.error(redirect, Messages.of("rcs.test-number.too-many", NewRcsSenderForm.MAX_TEST_NUMBERS));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		if (SinchFailures.attempt(redirect, RcsRefusals::nextStep,
				() -> changes.addTestNumbers(projectId, senderId, typed)).isPresent()) {
			Flash.success(redirect, Messages.of("rcs.test-number.invited", String.join(", ", typed)));
		}
		return RcsPages.senderRedirect(projectId, senderId);
	}

	/** The number comes in the body: a {@code +} in a path is easily read as a space on the way. */
	@PostMapping("/{senderId}/test-numbers/remove")
	String removeTestNumber(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(defaultValue = "") String number, RedirectAttributes redirect) {
		String chosen = number.trim();
		if (!NewRcsSenderForm.isE164(chosen)) {
			Flash.error(redirect, Messages.of("rcs.test-number.format"));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		if (SinchFailures.attempt(redirect, RcsRefusals::nextStep,
				() -> changes.removeTestNumber(projectId, senderId, chosen))) {
			Flash.success(redirect, Messages.of("rcs.test-number.removed", chosen));
		}
		return RcsPages.senderRedirect(projectId, senderId);
	}

	/** Invites a number again that declined, or whose invitation expired or failed. */
	@PostMapping("/{senderId}/test-numbers/reinvite")
	String reinviteTestNumber(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(defaultValue = "") String number, RedirectAttributes redirect) {
		String chosen = number.trim();
		if (!NewRcsSenderForm.isE164(chosen)) {
			Flash.error(redirect, Messages.of("rcs.test-number.format"));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		if (SinchFailures.attempt(redirect, RcsRefusals::nextStep,
				() -> changes.reinviteTestNumber(projectId, senderId, chosen)).isPresent()) {
			Flash.success(redirect, Messages.of("rcs.test-number.invited", chosen));
		}
		return RcsPages.senderRedirect(projectId, senderId);
	}

	@PostMapping("/{senderId}/comments")
	String comment(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(defaultValue = "") String comment, @RequestParam(required = false) String formToken,
			Authentication user, RedirectAttributes redirect) {
		if (comment.isBlank() || comment.length() > MAX_COMMENT) {
			Flash.error(redirect, Messages.of("rcs.comment.length", MAX_COMMENT));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		Optional<String> sentBefore = forms.sentBefore(formToken, projectId, user.getName(),
				RcsPages.commentResent(projectId, senderId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		if (SinchFailures.attempt(redirect, RcsRefusals::nextStep,
				() -> changes.comment(projectId, senderId, comment.trim())).isPresent()) {
			Flash.success(redirect, Messages.of("rcs.comment.added"));
		}
		return RcsPages.senderRedirect(projectId, senderId);
	}

	private static String brandName(RcsSender sender) {
		return (sender.details() != null && sender.details().brand() != null) ? sender.details().brand().name() : sender.id();
	}

}
