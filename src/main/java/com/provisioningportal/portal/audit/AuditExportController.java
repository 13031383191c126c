package com.provisioningportal.portal.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.ProjectAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filtered log as a CSV or JSON Lines download, and the progress of a download the audit page started: the
 * page starts an export, its download names it, and the page polls it until it is done or failed.
 */
@Controller
class AuditExportController implements AccessRules {

	private final AuditSearch search;

	private final AuditExports exports;

	private final Clock clock;

	private final ProjectAccess access;

	private final MessageSourceAccessor messages;

	AuditExportController(AuditSearch search, AuditExports exports, Clock clock, ProjectAccess access,
			MessageSource messageSource) {
		this.search = search;
		this.exports = exports;
		this.clock = clock;
		this.access = access;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/audit/export", Access.AUDIT), AccessRule.post("/audit/exports", Access.AUDIT),
				AccessRule.get("/audit/exports/{id}", Access.AUDIT));
	}

	@GetMapping("/audit/export")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
			@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) @Nullable UUID export,
			Authentication user) {
		AuditExport.Format chosen = checked(filter, errors, format);
		AuditFilter criteria = filter.toFilter().within(access.visibleProjects(user.getName()));
		// Rows written while the export runs are left out, so the file is the filtered log as of this moment.
		long upTo = search.headId();
		String name = "audit-" + AuditExport.TIMESTAMP.format(clock.instant()).replace(":", "").replace(".", "-") + "."
				+ chosen.extension;
		StreamingResponseBody body = stream -> exports.stream(stream, chosen, criteria, upTo, export, user.getName());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(chosen.contentType + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(body);
	}

	/** Starts an export with progress: its fragment has the download (with the export's id) for the page to fetch. */
	@PostMapping("/audit/exports")
	String start(@ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
			@RequestParam(defaultValue = "csv") String format, Authentication user, Model model) {
		AuditExport.Format chosen = checked(filter, errors, format);
		AuditExports.Progress started = exports.start(user.getName(), chosen, filter.summary());
		model.addAttribute("export", started);
		model.addAttribute("downloadUrl", UriComponentsBuilder.fromUriString(filter.exportUrl("/audit/export", chosen))
			.queryParam("export", started.id())
			.build()
			.toUriString());
		return "audit/export :: progress";
	}

	@GetMapping("/audit/exports/{id}")
	String progress(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("export",
				exports.find(id, user.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "audit/export :: progress";
	}

	private AuditExport.Format checked(AuditFilterForm filter, BindingResult errors, String format) {
		filter.validate(errors);
		AuditExport.Format chosen = AuditExport.Format.named(format);
		if (errors.hasErrors() || chosen == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					messages.getMessage(Messages.of("audit.export.filter.invalid")));
		}
		return chosen;
	}

}
