package com.provisioningportal.portal.whatsapp;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.callbacks.CallbackNews;
import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplateFilter;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.PageLinks;
import com.provisioningportal.portal.web.PageUrl;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A project's WhatsApp templates, read live from Sinch: the list, each template's page and its polled status. */
@Controller
@RequestMapping(TemplatePages.BASE)
class TemplateController implements AccessRules {

	/** The template states Sinch filters by ({@code filterStates}). */
	static final List<String> FILTER_STATES = List.of("APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED");

	/** The pending-change statuses Sinch filters by ({@code filterStatuses}). */
	static final List<String> FILTER_STATUSES = List.of("DRAFT", "IN_PROGRESS", "REJECTED");

	static final int PAGE_SIZE = 20;

	private final TemplateLookup templates;

	private final TemplateCategoryNotices notices;

	private final CallbackNews news;

	private final Clock clock;

	TemplateController(TemplateLookup templates, TemplateCategoryNotices notices, CallbackNews news, Clock clock) {
		this.templates = templates;
		this.notices = notices;
		this.news = news;
		this.clock = clock;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(TemplatePages.BASE, Access.CHANNELS_READ),
				AccessRule.get(TemplatePages.BASE + "/{name}/{language}", Access.CHANNELS_READ),
				AccessRule.get(TemplatePages.BASE + "/{name}/{language}/status", Access.CHANNELS_READ));
	}

	@GetMapping
	@SinchPage(value = "whatsapp/templates", emptyLists = "templates")
	String list(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(name = "status", required = false) List<String> statuses,
			@RequestParam(name = "name", required = false) String namePrefix,
			@RequestParam(required = false) String pageToken, Model model) {
		List<String> chosenStates = chosen(states, FILTER_STATES);
		List<String> chosenStatuses = chosen(statuses, FILTER_STATUSES);
		String prefix = (namePrefix == null || namePrefix.isBlank()) ? null : namePrefix.strip();
		model.addAttribute("states", FILTER_STATES);
		model.addAttribute("statuses", FILTER_STATUSES);
		model.addAttribute("chosenStates", Set.copyOf(chosenStates));
		model.addAttribute("chosenStatuses", Set.copyOf(chosenStatuses));
		model.addAttribute("namePrefix", prefix);
		model.addAttribute("filtered", prefix != null || !chosenStates.isEmpty() || !chosenStatuses.isEmpty());
		Page<WhatsAppTemplate> page = templates.list(projectId, new WhatsAppTemplateFilter(chosenStates, chosenStatuses, prefix), pageToken,
				PAGE_SIZE);
		model.addAttribute("templates", page.items());
		model.addAttribute("totalSize", page.totalSize());
		PageLinks.add(model, pageToken, page.nextPageToken(), page.previousPageToken(),
				token -> pageUrl(project, chosenStates, chosenStatuses, prefix, token));
		return "whatsapp/templates";
	}

	@GetMapping("/{name}/{language}")
	@SinchPage("whatsapp/template")
	String detail(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("language", language);
		WhatsAppTemplate template = templates.existing(projectId, name, language);
		model.addAttribute("template", template);
		model.addAttribute("underReview", TemplateStatus.underReview(template));
		model.addAttribute("categoryNotice", notices.of(projectId, name, language).orElse(null));
		model.addAttribute("newsSince", clock.millis());
		model.addAttribute("live", TemplateMessage.of(template.details()));
		model.addAttribute("pending", (template.changes() != null && template.changes().details() != null)
				? TemplateMessage.of(template.changes().details()) : null);
		model.addAttribute("activities", templates.activities(projectId, name, language));
		model.addAttribute("otherLanguages", templates.otherLanguages(projectId, template));
		return "whatsapp/template";
	}

	/**
	 * The template's state, category and quality, polled by its page while Meta reviews it, so the decision shows
	 * without a reload. Once settled the page asks with {@code since}, and only a callback about the template since
	 * then (Meta rating it, or announcing a new category) makes this ask Sinch again.
	 */
	@GetMapping("/{name}/{language}/status")
	ModelAndView status(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language,
			@RequestParam(required = false) Long since, HttpServletResponse response) {
		long renderedAt = clock.millis();
		return StatusPoll.answer(response, news.nothingSince(projectId, "whatsapp-template", name + "/" + language, since),
				TemplateLookup::gone, () -> {
					WhatsAppTemplate template = templates.get(projectId, name, language);
					Map<String, Object> model = new HashMap<>(Map.of("project", project, "template", template,
							"underReview", TemplateStatus.underReview(template), "newsSince", renderedAt));
					notices.of(projectId, name, language).ifPresent(notice -> model.put("categoryNotice", notice));
					return new ModelAndView("whatsapp/template :: status", model);
				});
	}

	private static List<String> chosen(List<String> values, List<String> allowed) {
		return (values == null) ? List.of() : values.stream().filter(value -> TemplateCatalogue.oneOf(allowed, value)).distinct().toList();
	}

	private static String pageUrl(ProjectSummary project, List<String> states, List<String> statuses, String prefix,
			String token) {
		return PageUrl.of(TemplatePages.BASE, project.projectId())
			.params("state", states)
			.params("status", statuses)
			.param("name", prefix)
			.param("pageToken", token)
			.toString();
	}

}
