package com.provisioningportal.portal.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.ProjectAccess;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The review pages: the filtered log, one entry with its diff and linked rows, export, and chain verification. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditSearch search;

	private final AuditVerification verification;

	private final CheckpointSigner signer;

	private final ChainStatus status;

	private final Clock clock;

	private final ProjectAccess access;

	AuditController(AuditSearch search, AuditVerification verification, CheckpointSigner signer, ChainStatus status,
			Clock clock, ProjectAccess access) {
		this.access = access;
		this.search = search;
		this.verification = verification;
		this.signer = signer;
		this.status = status;
		this.clock = clock;
	}

	@GetMapping("/audit")
	String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
			@RequestParam(required = false) @Nullable Long before, @RequestParam(required = false) @Nullable Long after,
			Authentication user, Model model) {
		filter.validate(errors);
		model.addAttribute("phases", Phase.values());
		model.addAttribute("chips", filter.chips("/audit"));
		model.addAttribute("filtered", !filter.isEmpty());
		if (errors.hasErrors()) {
			model.addAttribute("rows", List.of());
			model.addAttribute("invalid", true);
			return "audit/list";
		}
		AuditFilter criteria = filter.toFilter().within(access.visibleProjects(user.getName()));
		AuditSearch.Page page = search.page(criteria, new AuditSearch.Cursor(before, after), PAGE_SIZE);
		model.addAttribute("rows", page.rows());
		model.addAttribute("timeline", criteria.isResourceTimeline());
		model.addAttribute("previousUrl", pageUrl(filter, page.previous()));
		model.addAttribute("nextUrl", pageUrl(filter, page.next()));
		model.addAttribute("csvUrl", exportUrl(filter, AuditExport.Format.CSV));
		model.addAttribute("jsonlUrl", exportUrl(filter, AuditExport.Format.JSONL));
		model.addAttribute("mayVerify", access.visibleProjects(user.getName()).all());
		return "audit/list";
	}

	@GetMapping("/audit/{id:\\d+}")
	String entry(@PathVariable long id, Authentication user, Model model) {
		ProjectAccess.Scope visible = access.visibleProjects(user.getName());
		AuditRow row = search.find(id).filter(found -> sees(visible, found)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AuditContent content = row.content();
		model.addAttribute("row", row);
		// Not "content": the layout takes a fragment by that name.
		model.addAttribute("event", content);
		model.addAttribute("related", search.correlated(content.correlationId()).stream()
			.filter(other -> other.id() != id && sees(visible, other))
			.toList());
		model.addAttribute("diff", JsonDiff.between(content.before(), content.after()));
		// An attempt or a failure has no state after; its diff would wrongly read as "everything removed".
		model.addAttribute("afterRecorded", content.after() != null);
		model.addAttribute("request", pretty(content.request()));
		if (content.resourceType() != null && content.resourceId() != null) {
			model.addAttribute("timelineUrl", UriComponentsBuilder.fromPath("/audit")
				.queryParam("resourceType", content.resourceType())
				.queryParam("resourceId", content.resourceId())
				.encode()
				.build()
				.toUriString());
		}
		return "audit/entry";
	}

	@GetMapping("/audit/export")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
			@RequestParam(defaultValue = "csv") String format, Authentication user) {
		filter.validate(errors);
		AuditExport.Format chosen = switch (format.toLowerCase(Locale.ROOT)) {
			case "csv" -> AuditExport.Format.CSV;
			case "jsonl" -> AuditExport.Format.JSONL;
			default -> null;
		};
		if (errors.hasErrors() || chosen == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Fix the filter on the audit page, then export again.");
		}
		AuditFilter criteria = filter.toFilter().within(access.visibleProjects(user.getName()));
		// Rows written while the export runs are left out, so the file is the filtered log as of this moment.
		long upTo = search.headId();
		String name = "audit-" + AuditExport.TIMESTAMP.format(clock.instant()).replace(":", "").replace(".", "-") + "."
				+ chosen.extension;
		StreamingResponseBody body = stream -> {
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
			AuditExport export = new AuditExport(chosen, writer);
			export.header();
			search.forEach(criteria, upTo, export::row);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.contentType + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
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
			Flash.success(redirect, "Checkpoint " + signed.sequence() + " signed at entry " + signed.headId() + " ("
					+ signed.rows() + " entries), after " + signing.verification().summary());
		}
		else if (signing.verification().intact()) {
			Flash.error(redirect, "Nothing to sign yet: the audit log is empty.");
		}
		else {
			Flash.error(redirect, "No checkpoint was signed, so the change is not vouched for. "
					+ signing.verification().summary() + " Run a full verification to see every interval.");
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

	/** A team auditor reads rows of their teams' projects only; a row without a project is not theirs. */
	private static boolean sees(ProjectAccess.Scope visible, AuditRow row) {
		return visible.all() || (row.content().projectId() != null && visible.includes(row.content().projectId()));
	}

	/** The chain covers every row, so only those who may read every row verify it. */
	private void requireWholeLog(Authentication user) {
		if (!access.visibleProjects(user.getName()).all()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static @Nullable String pageUrl(AuditFilterForm filter, AuditSearch.@Nullable Cursor cursor) {
		if (cursor == null) {
			return null;
		}
		UriComponentsBuilder url = UriComponentsBuilder.fromUriString(filter.url("/audit", null));
		if (cursor.before() != null) {
			url.queryParam("before", cursor.before());
		}
		if (cursor.after() != null) {
			url.queryParam("after", cursor.after());
		}
		return url.build().toUriString();
	}

	private static String exportUrl(AuditFilterForm filter, AuditExport.Format format) {
		return UriComponentsBuilder.fromUriString(filter.url("/audit/export", null))
			.queryParam("format", format.extension)
			.build()
			.toUriString();
	}

	private static @Nullable String pretty(@Nullable JsonNode json) {
		return (json != null) ? AuditConfiguration.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) : null;
	}

}
