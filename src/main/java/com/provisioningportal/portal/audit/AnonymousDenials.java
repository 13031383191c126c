package com.provisioningportal.portal.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Change requests refused to clients that are not signed in: counted per client address and minute (a cheap
 * upsert, outside the audit chain and its lock) and summarised as one audit row per address and minute once the
 * minute is over. Signed-in users' refusals stay one row each: they are few, and who tried matters.
 */
class AnonymousDenials {

	private static final Logger log = LoggerFactory.getLogger(AnonymousDenials.class);

	static final String SUMMARY = "REQUEST_DENIED_SUMMARY";

	static final String JOB_NAME = "audit-denial-summary";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	AnonymousDenials(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	void count(String clientIp, String route) {
		jdbc.sql("""
				insert into denied_request_summary (client_ip, minute, denials, first_route) values (:ip, :minute, 1, :route)
				on conflict (client_ip, minute) do update set denials = denied_request_summary.denials + 1""")
			.param("ip", AuditValues.text((clientIp != null) ? clientIp : "unknown", 64))
			.param("minute", minute(clock.instant()))
			.param("route", AuditValues.text(route, 300))
			.update();
	}

	private record Counted(String clientIp, OffsetDateTime minute, int denials, String firstRoute) {
	}

	/** Writes one audit row for each address and minute that is over, then forgets its count. */
	@Scheduled(fixedDelayString = "${portal.audit.denial-summary-interval:PT1M}",
			initialDelayString = "${portal.audit.denial-summary-interval:PT1M}")
	@SchedulerLock(name = JOB_NAME, lockAtMostFor = "PT10M")
	public void summarise() {
		List<Counted> over = jdbc.sql("""
				select client_ip, minute, denials, first_route from denied_request_summary
				 where minute < :current order by minute, client_ip""")
			.param("current", minute(clock.instant()))
			.query((rs, row) -> new Counted(rs.getString("client_ip"), rs.getObject("minute", OffsetDateTime.class),
					rs.getInt("denials"), rs.getString("first_route")))
			.list();
		for (Counted counted : over) {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("minute", counted.minute().toInstant().toString());
			request.put("denials", counted.denials());
			request.put("firstRoute", counted.firstRoute());
			try {
				auditLog.recordFrom(counted.clientIp(), AuditEntry.of(SUMMARY).resource("client", counted.clientIp())
					.request(request)
					.by(Actor.ANONYMOUS), Phase.DENIED, Outcome.error("Not signed in"));
			}
			catch (AuditUnavailableException ex) {
				log.error("Denied requests of {} were not summarised; the next round tries again", counted.minute());
				return;
			}
			jdbc.sql("delete from denied_request_summary where client_ip = ? and minute = ?")
				.params(counted.clientIp(), counted.minute())
				.update();
		}
	}

	private static OffsetDateTime minute(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
	}

}
