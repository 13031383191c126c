package com.provisioningportal.portal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An export started from the audit page: its progress in the database, shown to the one who started it. */
@PortalTest
class AuditExportProgressTests {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	private static final Pattern DOWNLOAD = Pattern.compile("data-download=\"([^\"]+)\"");

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditSearch search;

	@Autowired
	AuditExports exports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProgressOfAFinishedExportTellsItsTotalAndRowsWritten() throws Exception {
		String resource = write(25);
		String started = mvc.perform(post("/audit/exports").param("resourceId", resource).param("format", "jsonl")
			.with(AUDITOR)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"RUNNING\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String download = download(started);
		assertThat(download).startsWith("/audit/export?resourceId=" + resource + "&format=jsonl&export=");
		UUID id = UUID.fromString(download.substring(download.indexOf("export=") + "export=".length()));

		MvcResult streaming = mvc.perform(get(download).with(AUDITOR)).andExpect(request().asyncStarted()).andReturn();
		String file = mvc.perform(asyncDispatch(streaming)).andReturn().getResponse().getContentAsString();

		assertThat(file.lines()).hasSize(25);
		mvc.perform(get("/audit/exports/" + id).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-state=\"DONE\"")))
			.andExpect(content().string(containsString("Export finished: 25 rows")))
			.andExpect(content().string(not(containsString("hx-get"))));
		assertThat(exports.find(id, "auditor")).hasValueSatisfying(export -> {
			assertThat(export.total()).isEqualTo(25);
			assertThat(export.written()).isEqualTo(25);
			assertThat(export.state()).isEqualTo(AuditExports.State.DONE);
			assertThat(export.filterSummary()).isEqualTo("Resource id: " + resource);
			assertThat(export.finishedAt()).isNotNull();
		});
	}

	@Test
	void whileItRunsThePageSeesHowFarItGotAndAsksAgain() throws Exception {
		AuditExports.Progress started = exports.start("auditor", AuditExport.Format.CSV, "");
		jdbc.sql("update audit_export set total = 900, written = 400 where id = ?").param(started.id()).update();

		mvc.perform(get("/audit/exports/" + started.id()).with(AUDITOR))
			.andExpect(content().string(containsString("400 of 900 rows")))
			.andExpect(content().string(containsString("<progress")))
			.andExpect(content().string(containsString("max=\"900\"")))
			.andExpect(content().string(containsString("value=\"400\"")))
			.andExpect(content().string(containsString("hx-get=\"/audit/exports/" + started.id() + "\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(not(containsString("data-download"))));
	}

	@Test
	void onlyTheUserWhoStartedAnExportSeesIt() throws Exception {
		AuditExports.Progress started = exports.start("auditor", AuditExport.Format.CSV, "");

		mvc.perform(get("/audit/exports/" + started.id()).with(AUDITOR)).andExpect(status().isOk());
		mvc.perform(get("/audit/exports/" + started.id()).with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
		mvc.perform(get("/audit/exports/" + started.id()).with(user("other-auditor").roles("AUDITOR")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/audit/exports/" + UUID.randomUUID()).with(AUDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void anExportWhoseBrowserWentAwayEndsFailed() throws Exception {
		String resource = write(3);
		AuditFilter filter = new AuditFilter(null, null, null, null, resource, null, null, null);
		AuditExports.Progress started = exports.start("auditor", AuditExport.Format.CSV, "Resource id: " + resource);
		OutputStream gone = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("Broken pipe");
			}

		};

		assertThatIOException().isThrownBy(
				() -> exports.stream(gone, AuditExport.Format.CSV, filter, search.headId(), started.id(), "auditor"));

		AuditExports.Progress failed = exports.find(started.id(), "auditor").orElseThrow();
		assertThat(failed.state()).isEqualTo(AuditExports.State.FAILED);
		assertThat(failed.failure()).isEqualTo(AuditExports.Failure.CLIENT_GONE);
		assertThat(failed.total()).isEqualTo(3);
		mvc.perform(get("/audit/exports/" + started.id()).with(AUDITOR))
			.andExpect(content().string(containsString("data-state=\"FAILED\"")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape("The download stopped after 3 rows"))));
	}

	@Test
	void aDownloadNamingSomeoneElsesExportLeavesItAlone() throws Exception {
		String resource = write(2);
		AuditExports.Progress theirs = exports.start("admin", AuditExport.Format.CSV, "");

		MvcResult streaming = mvc.perform(get("/audit/export").param("resourceId", resource)
			.param("export", theirs.id().toString())
			.with(AUDITOR)).andExpect(request().asyncStarted()).andReturn();
		String file = mvc.perform(asyncDispatch(streaming)).andReturn().getResponse().getContentAsString();

		assertThat(file.lines()).hasSize(3);
		assertThat(exports.find(theirs.id(), "admin")).hasValueSatisfying(export -> {
			assertThat(export.total()).isNull();
			assertThat(export.state()).isEqualTo(AuditExports.State.RUNNING);
		});
	}

	@Test
	void theAuditPageLinksStartATrackedExportIntoTheProgressContainerAndStillDownloadWithoutScript() throws Exception {
		mvc.perform(get("/audit").param("actor", "auditor").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div id=\"export-progress\" aria-live=\"polite\"></div>")))
			.andExpect(content().string(containsString("href=\"/audit/export?actor=auditor&amp;format=csv\"")))
			.andExpect(content().string(containsString("hx-post=\"/audit/exports?actor=auditor&amp;format=csv\"")))
			.andExpect(content().string(containsString("hx-post=\"/audit/exports?actor=auditor&amp;format=jsonl\"")))
			.andExpect(content().string(containsString("hx-target=\"#export-progress\"")))
			.andExpect(content().string(containsString("src=\"/js/audit-export.js\"")));
	}

	@Test
	void finishedExportsAreForgottenAfterADayAndStalledOnesEndFailed() {
		// The portal's clock, which other tests move on: the clean-up reads it, not the wall clock.
		Instant now = clock.instant();
		UUID old = insert("DONE", now.minus(2, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS));
		UUID recent = insert("DONE", now.minus(1, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));
		UUID stalled = insert("RUNNING", now.minus(3, ChronoUnit.HOURS), null);

		exports.cleanUp();

		assertThat(exports.find(old, "auditor")).isEmpty();
		assertThat(exports.find(recent, "auditor")).isPresent();
		assertThat(exports.find(stalled, "auditor")).hasValueSatisfying(export -> {
			assertThat(export.state()).isEqualTo(AuditExports.State.FAILED);
			assertThat(export.failure()).isEqualTo(AuditExports.Failure.SERVER);
		});
	}

	private UUID insert(String state, Instant updated, Instant finished) {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.ofInstant(updated, ZoneOffset.UTC);
		jdbc.sql("""
				insert into audit_export (id, username, format, filter_summary, total, written, state, started_at, updated_at,
				finished_at) values (:id, 'auditor', 'CSV', '', 1, 1, :state, :at, :at, :finished)""")
			.param("id", id)
			.param("state", state)
			.param("at", at)
			.param("finished", (finished != null) ? OffsetDateTime.ofInstant(finished, ZoneOffset.UTC) : null)
			.update();
		return id;
	}

	private String write(int rows) {
		String resource = UUID.randomUUID().toString();
		for (int i = 0; i < rows; i++) {
			auditLog.record(AuditEntry.of("TEST_EXPORT_PROGRESS").resource("test-export", resource), Phase.SUCCEEDED,
					Outcome.ok());
		}
		return resource;
	}

	private static String download(String fragment) {
		Matcher found = DOWNLOAD.matcher(fragment);
		assertThat(found.find()).as("the fragment names its download").isTrue();
		return HtmlUtils.htmlUnescape(found.group(1));
	}

}
