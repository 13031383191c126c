package com.provisioningportal.portal.whatsapp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.provisioningportal.portal.callbacks.SinchCallbackReceived;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The categories Meta has announced it will give templates later. Sinch says so only in a callback (the template
 * itself keeps its category until Meta applies the change), so the portal keeps each announcement, in the receiving
 * transaction, until a category update or the template's deletion ends it.
 */
@Component
class TemplateCategoryNotices {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TemplateCategoryNotices(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record Notice(String futureCategory, Instant announcedAt) {
	}

	@EventListener
	void on(SinchCallbackReceived callback) {
		switch (callback.type()) {
			case "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" -> announce(callback);
			case "WHATSAPP_TEMPLATE_CATEGORY_UPDATED", "WHATSAPP_TEMPLATE_DELETED" -> forget(callback);
			default -> {
				// Other callbacks say nothing about announced categories.
			}
		}
	}

	Optional<Notice> of(String projectId, String name, String language) {
		return jdbc.sql("""
				select future_category, announced_at from template_category_notice
				 where project_id = cast(:project as uuid) and template_name = :name and language = :language""")
			.param("project", projectId)
			.param("name", name)
			.param("language", language)
			.query((rs, row) -> new Notice(rs.getString("future_category"),
					rs.getObject("announced_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private void announce(SinchCallbackReceived callback) {
		JsonNode envelope = json.readTree(callback.payloadJson());
		// Read beside the payload, where Sinch's summary puts it, or inside it, should Sinch move it there.
		JsonNode future = envelope.path("futureCategory").isString() ? envelope.path("futureCategory")
				: envelope.path("payload").path("futureCategory");
		Key key = key(callback);
		if (!future.isString() || key == null) {
			return;
		}
		jdbc.sql("""
				insert into template_category_notice (project_id, template_name, language, future_category, announced_at)
				values (:project, :name, :language, :future, :at)
				on conflict (project_id, template_name, language)
				do update set future_category = excluded.future_category, announced_at = excluded.announced_at""")
			.param("project", key.project())
			.param("name", key.name())
			.param("language", key.language())
			.param("future", future.asString())
			.param("at", callback.receivedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	private void forget(SinchCallbackReceived callback) {
		Key key = key(callback);
		if (key != null) {
			jdbc.sql("delete from template_category_notice where project_id = ? and template_name = ? and language = ?")
				.params(key.project(), key.name(), key.language())
				.update();
		}
	}

	private record Key(UUID project, String name, String language) {
	}

	/** The template a callback is about; its resource id is {@code name/language}. */
	private static Key key(SinchCallbackReceived callback) {
		String resource = callback.resourceId();
		int slash = (resource == null) ? -1 : resource.lastIndexOf('/');
		if (slash <= 0) {
			return null;
		}
		return new Key(UUID.fromString(callback.projectId()), resource.substring(0, slash), resource.substring(slash + 1));
	}

}
