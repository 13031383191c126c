package com.provisioningportal.portal.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.provisioningportal.portal.web.Messages;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/** The filter fields of the review page, as typed; {@link #validate} checks them and {@link #toFilter} reads them. */
class AuditFilterForm {

	static final int MAX_LENGTH = 200;

	private @Nullable String actor;

	private @Nullable String action;

	private @Nullable String project;

	private @Nullable String resourceType;

	private @Nullable String resourceId;

	private @Nullable String phase;

	private @Nullable String from;

	private @Nullable String to;

	/** A chip per filter in use, with the link that removes it. */
	record Chip(String label, String value, String removeUrl) {

	}

	void validate(Errors errors) {
		values().forEach((field, value) -> {
			if (value != null && value.length() > MAX_LENGTH) {
				Messages.reject(errors, field, Messages.of("audit.filter.size", MAX_LENGTH));
			}
		});
		if (phase != null && parsePhase(phase) == null) {
			Messages.reject(errors, "phase", Messages.of("audit.filter.phase.unknown"));
		}
		LocalDate fromDate = date(errors, "from", from);
		LocalDate toDate = date(errors, "to", to);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			Messages.reject(errors, "to", Messages.of("audit.filter.to.before-from"));
		}
	}

	AuditFilter toFilter() {
		LocalDate fromDate = (from != null) ? LocalDate.parse(from) : null;
		LocalDate toDate = (to != null) ? LocalDate.parse(to) : null;
		return new AuditFilter(actor, (action != null) ? action.toUpperCase(Locale.ROOT) : null, project, resourceType,
				resourceId, (phase != null) ? parsePhase(phase) : null,
				(fromDate != null) ? fromDate.atStartOfDay().toInstant(ZoneOffset.UTC) : null,
				(toDate != null) ? toDate.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC) : null);
	}

	List<Chip> chips(String path) {
		Map<String, String> labels = Map.of("actor", "Actor", "action", "Action", "project", "Project", "resourceType",
				"Resource type", "resourceId", "Resource id", "phase", "Phase", "from", "From", "to", "To");
		List<Chip> chips = new ArrayList<>();
		values().forEach((field, value) -> {
			if (value != null) {
				chips.add(new Chip(labels.get(field), value, url(path, field)));
			}
		});
		return chips;
	}

	/** The page's URL with these filters, leaving out {@code without} (null: keep all). */
	String url(String path, @Nullable String without) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		values().forEach((field, value) -> {
			if (value != null && !field.equals(without)) {
				url.queryParam(field, value);
			}
		});
		return url.encode().build().toUriString();
	}

	/** {@code path} with these filters and the format: the download, or the start of a download with progress. */
	String exportUrl(String path, AuditExport.Format format) {
		return UriComponentsBuilder.fromUriString(url(path, null))
			.queryParam("format", format.extension)
			.build()
			.toUriString();
	}

	/** The filters in use as one line, as the chips show them, for an export's record. */
	String summary() {
		return String.join(", ", chips("/audit").stream().map(chip -> chip.label() + ": " + chip.value()).toList());
	}

	boolean isEmpty() {
		return values().values().stream().allMatch(value -> value == null);
	}

	private Map<String, @Nullable String> values() {
		Map<String, @Nullable String> values = new LinkedHashMap<>();
		values.put("actor", actor);
		values.put("action", action);
		values.put("project", project);
		values.put("resourceType", resourceType);
		values.put("resourceId", resourceId);
		values.put("phase", phase);
		values.put("from", from);
		values.put("to", to);
		return values;
	}

	private static @Nullable Phase parsePhase(String text) {
		try {
			return Phase.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable LocalDate date(Errors errors, String field, @Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			Messages.reject(errors, field, Messages.of("audit.filter.date.pattern"));
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public @Nullable String getActor() {
		return actor;
	}

	public void setActor(@Nullable String actor) {
		this.actor = blankToNull(actor);
	}

	public @Nullable String getAction() {
		return action;
	}

	public void setAction(@Nullable String action) {
		this.action = blankToNull(action);
	}

	public @Nullable String getProject() {
		return project;
	}

	public void setProject(@Nullable String project) {
		this.project = blankToNull(project);
	}

	public @Nullable String getResourceType() {
		return resourceType;
	}

	public void setResourceType(@Nullable String resourceType) {
		this.resourceType = blankToNull(resourceType);
	}

	public @Nullable String getResourceId() {
		return resourceId;
	}

	public void setResourceId(@Nullable String resourceId) {
		this.resourceId = blankToNull(resourceId);
	}

	public @Nullable String getPhase() {
		return phase;
	}

	public void setPhase(@Nullable String phase) {
		this.phase = blankToNull(phase);
	}

	public @Nullable String getFrom() {
		return from;
	}

	public void setFrom(@Nullable String from) {
		this.from = blankToNull(from);
	}

	public @Nullable String getTo() {
		return to;
	}

	public void setTo(@Nullable String to) {
		this.to = blankToNull(to);
	}

}
