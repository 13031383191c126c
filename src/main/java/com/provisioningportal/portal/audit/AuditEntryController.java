package com.provisioningportal.portal.audit;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.ProjectAccess;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** One entry of the log: its diff, its request and the other rows of the same user action. */
@Controller
class AuditEntryController implements AccessRules {

	private final AuditSearch search;

	private final ProjectAccess access;

	AuditEntryController(AuditSearch search, ProjectAccess access) {
		this.search = search;
		this.access = access;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/audit/{id}", Access.AUDIT));
	}

	@GetMapping("/audit/{id:\\d+}")
	String entry(@PathVariable long id, Authentication user, Model model) {
		ProjectAccess.Scope visible = access.visibleProjects(user.getName());
		AuditRow row = search.find(id, visible).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AuditContent content = row.content();
		model.addAttribute("row", row);
		// Not "content": the layout takes a fragment by that name.
		model.addAttribute("event", content);
		model.addAttribute("related", search.relatedTo(row, visible));
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

	private static @Nullable String pretty(@Nullable JsonNode json) {
		return (json != null) ? AuditConfiguration.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) : null;
	}

}
