package com.provisioningportal.portal.audit;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.ProjectAccess;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The filtered log, a page at a time, with the links to the neighbouring pages and to its export. */
@Controller
class AuditController implements AccessRules {

	static final int PAGE_SIZE = 50;

	private final AuditSearch search;

	private final ProjectAccess access;

	AuditController(AuditSearch search, ProjectAccess access) {
		this.search = search;
		this.access = access;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/audit", Access.AUDIT));
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
		model.addAttribute("csvUrl", filter.exportUrl("/audit/export", AuditExport.Format.CSV));
		model.addAttribute("jsonlUrl", filter.exportUrl("/audit/export", AuditExport.Format.JSONL));
		// With JavaScript the links start a tracked export instead; without it they are plain downloads.
		model.addAttribute("csvStartUrl", filter.exportUrl("/audit/exports", AuditExport.Format.CSV));
		model.addAttribute("jsonlStartUrl", filter.exportUrl("/audit/exports", AuditExport.Format.JSONL));
		model.addAttribute("mayVerify", access.visibleProjects(user.getName()).all());
		return "audit/list";
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

}
