package com.provisioningportal.portal.audit;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Verifying the hash chain, signing checkpoints and handing out the key that checks them. */
@Controller
class ChainVerificationController implements AccessRules {

	private final AuditVerification verification;

	private final CheckpointSigner signer;

	private final ChainStatus status;

	private final ProjectAccess access;

	ChainVerificationController(AuditVerification verification, CheckpointSigner signer, ChainStatus status,
			ProjectAccess access) {
		this.verification = verification;
		this.signer = signer;
		this.status = status;
		this.access = access;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.any("/audit/verify", Access.AUDIT), AccessRule.any("/audit/checkpoints", Access.AUDIT),
				AccessRule.get("/audit/checkpoints/public-key", Access.AUDIT));
	}

	@GetMapping("/audit/verify")
	String verification(Authentication user, Model model) {
		requireWholeLog(user);
		ChainVerification latest = status.latest().orElse(null);
		model.addAttribute("latest", latest);
		model.addAttribute("intervals", (latest != null) ? latest.intervals() : verification.unverifiedIntervals());
		model.addAttribute("keyId", verification.checkpoints().keyId());
		model.addAttribute("digestDirectory", verification.checkpoints().directory().toString());
		return "audit/verify";
	}

	@PostMapping("/audit/verify")
	String verify(Authentication user, RedirectAttributes redirect) {
		requireWholeLog(user);
		ChainVerification result = verification.verifyAll();
		status.update(result);
		if (result.intact()) {
			Flash.success(redirect, result.summary());
		}
		else {
			Flash.error(redirect, result.summary());
		}
		return "redirect:/audit/verify";
	}

	@PostMapping("/audit/checkpoints")
	String signCheckpoint(Authentication user, RedirectAttributes redirect) {
		requireWholeLog(user);
		CheckpointSigner.Signing signing = signer.verifyAndSign();
		SignedCheckpoint signed = signing.checkpoint();
		if (signed != null) {
			Flash.success(redirect, Messages.of("audit.checkpoint.signed", signed.sequence(), signed.headId(), signed.rows(),
					signing.verification().summary()));
		}
		else if (signing.verification().intact()) {
			Flash.error(redirect, Messages.of("audit.checkpoint.empty"));
		}
		else {
			Flash.error(redirect, Messages.of("audit.checkpoint.not-signed", signing.verification().summary()));
		}
		return "redirect:/audit/verify";
	}

	@GetMapping("/audit/checkpoints/public-key")
	ResponseEntity<String> publicKey(Authentication user) {
		requireWholeLog(user);
		AuditCheckpoints checkpoints = verification.checkpoints();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-pem-file"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"audit-signing-key-" + checkpoints.keyId() + ".pem\"")
			.body(AuditSigningKey.pem(checkpoints.publicKey()));
	}

	/** The chain covers every row, so only those who may read every row verify it. */
	private void requireWholeLog(Authentication user) {
		if (!access.visibleProjects(user.getName()).all()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
