package com.provisioningportal.portal.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The filtered log as a CSV or JSON Lines download. */
@Controller
class AuditExportController implements AccessRules {

	private final AuditSearch search;

	private final Clock clock;

	private final ProjectAccess access;

	private final MessageSourceAccessor messages;

	AuditExportController(AuditSearch search, Clock clock, ProjectAccess access, MessageSource messageSource) {
		this.search = search;
		this.clock = clock;
		this.access = access;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/audit/export", Access.AUDIT));
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
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					messages.getMessage(Messages.of("audit.export.filter.invalid")));
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

}
