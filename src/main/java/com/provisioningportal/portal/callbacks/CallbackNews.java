package com.provisioningportal.portal.callbacks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether Sinch has said anything about a resource since a moment. A page showing a settled resource asks this, a
 * cheap local question, before asking Sinch again, so what Meta changes later (a quality rating, a daily limit)
 * appears on an open page without polling Sinch for every viewer.
 */
@Component
public class CallbackNews {

	private final JdbcClient jdbc;

	CallbackNews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether a page's news poll has nothing to show: it asked with the time it was drawn ({@code sinceMillis}), and
	 * no callback about the resource ({@code resourceId} null: any of the kind) arrived since. A request without a
	 * time is not a news poll, so it always has something to show.
	 */
	public boolean nothingSince(String projectId, String resourceType, @Nullable String resourceId,
			@Nullable Long sinceMillis) {
		return sinceMillis != null && !since(projectId, resourceType, resourceId, Instant.ofEpochMilli(sinceMillis));
	}

	/** Whether a callback about this resource ({@code resourceId} null: any of the kind) arrived after {@code since}. */
	private boolean since(String projectId, String resourceType, @Nullable String resourceId, Instant since) {
		UUID project;
		try {
			project = UUID.fromString(projectId);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return jdbc.sql("""
				select exists (select 1 from callback_receipt
				                where project_id = :project and resource_type = :type
				                  and (cast(:resource as varchar) is null or resource_id = :resource)
				                  and received_at > :since)""")
			.param("project", project)
			.param("type", resourceType)
			.param("resource", resourceId)
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

}
