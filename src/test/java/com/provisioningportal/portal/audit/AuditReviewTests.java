package com.provisioningportal.portal.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class AuditReviewTests {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditSearch search;

	@Autowired
	AuditVerification verification;

	@Test
	void theReviewPagesAreForAuditorsAndAdministratorsOnly() throws Exception {
		for (String path : new String[] { "/audit", "/audit/verify", "/audit/export" }) {
			mvc.perform(get(path).with(AUDITOR)).andExpect(status().is2xxSuccessful());
			mvc.perform(get(path).with(user("admin").roles("ADMIN"))).andExpect(status().is2xxSuccessful());
			mvc.perform(get(path).with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(user("onboarder").roles("ONBOARDER"))).andExpect(status().isForbidden());
		}
	}

	@Test
	void keysetPagesNeitherSkipNorRepeatRowsWhileRowsArrive() {
		String resource = UUID.randomUUID().toString();
		List<Long> written = write(resource, 120);
		AuditFilter filter = new AuditFilter(null, null, null, "test-paging", resource, null, null, null);

		List<Long> seen = new ArrayList<>();
		AuditSearch.Page page = search.page(filter, AuditSearch.Cursor.FIRST, 50);
		List<Long> firstPage = ids(page);
		seen.addAll(firstPage);
		while (page.next() != null) {
			write(resource, 7); // arrive between pages, newer than everything seen so far
			page = search.page(filter, page.next(), 50);
			seen.addAll(ids(page));
		}

		List<Long> newestFirst = new ArrayList<>(written);
		Collections.reverse(newestFirst);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst);
		// Back from the second page is the first page again, plus nothing in between.
		AuditSearch.Page second = search.page(filter, new AuditSearch.Cursor(firstPage.get(firstPage.size() - 1), null), 50);
		assertThat(ids(search.page(filter, second.previous(), 50))).isEqualTo(firstPage);
	}

	@Test
	void theExportOfAFilterHoldsExactlyTheRowsTheFilterShows() throws Exception {
		String resource = UUID.randomUUID().toString();
		for (int i = 0; i < 30; i++) {
			auditLog.record(AuditEntry.of("TEST_EXPORT").resource("test-export", resource).request(Map.of("n", i)),
					(i % 3 == 0) ? Phase.FAILED : Phase.SUCCEEDED, Outcome.ok());
		}
		AuditFilter filter = new AuditFilter(null, "TEST_EXPORT", null, "test-export", resource, Phase.FAILED, null, null);
		List<Long> expected = new ArrayList<>();
		search.forEach(filter, search.headId(), row -> expected.add(row.id()));

		String csv = export("csv", Map.of("action", "test_export", "resourceType", "test-export", "resourceId", resource, "phase", "FAILED"));
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("id,occurred_at,actor");
		assertThat(lines.subList(1, lines.size()).stream().map(line -> Long.valueOf(line.substring(0, line.indexOf(',')))))
			.containsExactlyElementsOf(expected)
			.hasSize(10);

		String jsonl = export("jsonl", Map.of("action", "TEST_EXPORT", "resourceType", "test-export", "resourceId", resource, "phase", "FAILED"));
		List<Long> jsonIds = jsonl.lines()
			.map(line -> AuditConfiguration.MAPPER.readTree(line).get("id").asLong())
			.toList();
		assertThat(jsonIds).containsExactlyElementsOf(expected);
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
		String resource = "@SUM(1+1)" + UUID.randomUUID();
		auditLog.record(AuditEntry.of("TEST_CSV").resource("test-csv", resource).by(Actor.user("=cmd|' /C calc'!A0", List.of())),
				Phase.FAILED, Outcome.error("-2+3,\"quoted\""));

		String csv = export("csv", Map.of("resourceId", resource));
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(2);
		List<String> cells = parseCsvLine(lines.get(1));
		assertThat(cells.get(2)).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(cells.get(9)).isEqualTo("'" + resource);
		assertThat(cells.get(14)).isEqualTo("'-2+3,\"quoted\"");
		for (String cell : cells) {
			assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
		}
	}

	@Test
	void anEntryShowsItsDiffAndTheLinkedAttempt() throws Exception {
		AuditAttempt attempt = auditLog.attempt(AuditEntry.of("WEBHOOK_UPDATE")
			.resource("webhook", "wh-" + UUID.randomUUID())
			.before(Map.of("target", "https://old.example/hook", "triggers", List.of("A"))));
		long outcome = auditLog.succeeded(attempt,
				Outcome.ok(Map.of("target", "https://new.example/hook", "triggers", List.of("A", "B"))).withUpstreamStatus(200));

		mvc.perform(get("/audit/" + outcome).with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/audit/" + attempt.id() + "\"")))
			.andExpect(content().string(containsString("https://old.example/hook")))
			.andExpect(content().string(containsString("https://new.example/hook")))
			.andExpect(content().string(containsString("triggers[1]")))
			.andExpect(content().string(containsString("Timeline of this resource")));
		mvc.perform(get("/audit/999999999999").with(AUDITOR)).andExpect(status().isNotFound());
	}

	@Test
	void theEmptyStateShowsOnlyWhenNothingMatches() throws Exception {
		String resource = UUID.randomUUID().toString();
		mvc.perform(get("/audit").param("resourceId", resource).with(AUDITOR))
			.andExpect(content().string(containsString("No audit entries match")))
			.andExpect(content().string(not(containsString("id=\"audit-rows\""))));

		long failed = auditLog.record(AuditEntry.of("TEST_EMPTY").resource("test-empty", resource).before(Map.of("state", "A")),
				Phase.FAILED, Outcome.error("refused"));

		mvc.perform(get("/audit").param("resourceId", resource).with(AUDITOR))
			.andExpect(content().string(containsString("id=\"audit-rows\"")))
			.andExpect(content().string(not(containsString("No audit entries match"))));
		mvc.perform(get("/audit/" + failed).with(AUDITOR))
			.andExpect(content().string(containsString("No state after the change was recorded")))
			.andExpect(content().string(not(containsString("Removed"))));
	}

	@Test
	void filtersShowAsRemovableChipsAndBadValuesAreExplainedNextToTheFieldAndKept() throws Exception {
		mvc.perform(get("/audit?actor=anna&phase=FAILED").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove filter Actor")))
			.andExpect(content().string(containsString("href=\"/audit?phase=FAILED\"")));

		mvc.perform(get("/audit?actor=anna&from=28.11.2026&to=2026-01-01&phase=MAYBE").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")))
			.andExpect(content().string(containsString("Choose one of Attempt")))
			.andExpect(content().string(containsString("value=\"28.11.2026\"")))
			.andExpect(content().string(containsString("value=\"anna\"")))
			.andExpect(content().string(not(containsString("id=\"audit-rows\""))))
			.andExpect(content().string(not(containsString("No audit entries match"))));
	}

	@Test
	void verificationOnDemandReportsTheChainAndEachSignedCheckpoint() throws Exception {
		mvc.perform(post("/audit/checkpoints").with(AUDITOR).with(csrf()))
			.andExpect(redirectedUrl("/audit/verify"))
			.andExpect(flash().attribute("flashSuccess", startsWith("Checkpoint ")));
		mvc.perform(post("/audit/verify").with(AUDITOR).with(csrf()))
			.andExpect(redirectedUrl("/audit/verify"))
			.andExpect(flash().attribute("flashSuccess", startsWith("The audit chain is intact")));

		String keyId = verification.checkpoints().keyId();
		mvc.perform(get("/audit/verify").with(AUDITOR))
			.andExpect(content().string(containsString("Intact")))
			.andExpect(content().string(containsString(keyId)))
			.andExpect(content().string(containsString("data-result=\"MATCHES\"")))
			.andExpect(content().string(not(containsString("data-result=\"BROKEN\""))));
		mvc.perform(get("/audit/checkpoints/public-key").with(AUDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("audit-signing-key-" + keyId + ".pem")))
			.andExpect(content().string(startsWith("-----BEGIN PUBLIC KEY-----")));
		mvc.perform(get("/audit/checkpoints/public-key").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/health/audit").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("auditChain")));
	}

	@Test
	void aRefusedChangeRequestIsRecordedAsDeniedWithTheRequestsCorrelationId() throws Exception {
		MvcResult result = mvc.perform(post("/audit/verify").with(user("viewer").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden())
			.andReturn();
		UUID correlation = UUID.fromString(result.getResponse().getHeader(CorrelationFilter.HEADER));

		List<AuditRow> rows = search.correlated(correlation);
		assertThat(rows).hasSize(1);
		AuditContent denied = rows.get(0).content();
		assertThat(denied.phase()).isEqualTo(Phase.DENIED);
		assertThat(denied.action()).isEqualTo(SecurityEventsAudit.REQUEST_DENIED);
		assertThat(denied.actor()).isEqualTo("viewer");
		assertThat(denied.actorRoles()).isEqualTo("VIEWER");
		assertThat(denied.resourceId()).isEqualTo("POST /audit/verify");
	}

	@Test
	void aSignInWithAnUnknownNameIsRecordedAsAnonymousWithoutTheName() throws Exception {
		String unknown = "nobody-" + UUID.randomUUID();
		MvcResult result = mvc.perform(post("/login").param("username", unknown).param("password", "guess").with(csrf()))
			.andReturn();
		UUID correlation = UUID.fromString(result.getResponse().getHeader(CorrelationFilter.HEADER));

		AuditContent failed = search.correlated(correlation).get(0).content();
		assertThat(failed.action()).isEqualTo(SecurityEventsAudit.SIGN_IN);
		assertThat(failed.phase()).isEqualTo(Phase.FAILED);
		assertThat(failed.actor()).isEqualTo("anonymous");
		assertThat(failed.resourceId()).isNull();
		assertThat(failed.clientIp()).isNotNull();
	}

	@Test
	void aSuccessfulSignInIsRecordedForTheUser() throws Exception {
		MvcResult result = mvc.perform(post("/login").param("username", "auditor").param("password", "auditor").with(csrf()))
			.andReturn();
		UUID correlation = UUID.fromString(result.getResponse().getHeader(CorrelationFilter.HEADER));

		AuditContent signedIn = search.correlated(correlation).get(0).content();
		assertThat(signedIn.action()).isEqualTo(SecurityEventsAudit.SIGN_IN);
		assertThat(signedIn.phase()).isEqualTo(Phase.SUCCEEDED);
		assertThat(signedIn.actor()).isEqualTo("auditor");
		assertThat(signedIn.actorRoles()).isEqualTo("AUDITOR");
	}

	private String export(String format, Map<String, String> filter) throws Exception {
		MockHttpServletRequestBuilder request = get("/audit/export").param("format", format).with(AUDITOR);
		filter.forEach(request::param);
		MvcResult started = mvc.perform(request)
			.andExpect(request().asyncStarted())
			.andReturn();
		return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<Long> write(String resource, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(auditLog.record(AuditEntry.of("TEST_PAGING").resource("test-paging", resource), Phase.SUCCEEDED, Outcome.ok()));
		}
		return ids;
	}

	private static List<Long> ids(AuditSearch.Page page) {
		return page.rows().stream().map(AuditRow::id).toList();
	}

	/** Enough of RFC 4180 to read one line back: quoted cells with doubled quotes. */
	private static List<String> parseCsvLine(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
