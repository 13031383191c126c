package com.provisioningportal.portal.audit;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A client that is not signed in cannot fill the audit chain: its refused requests become one row a minute. */
@PortalTest
class AnonymousDenialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnonymousDenials denials;

	@Test
	void manyRefusedAnonymousRequestsFromOneAddressBecomeOneAuditRowForTheMinute() throws Exception {
		String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		long before = rows(address);
		for (int attempt = 0; attempt < 25; attempt++) {
			mvc.perform(post("/projects/new").with(from(address)).with(csrf()));
		}
		assertThat(rows(address)).as("nothing in the chain while the minute lasts").isEqualTo(before);
		assertThat(jdbc.sql("select sum(denials) from denied_request_summary where client_ip = ?").param(address)
			.query(Integer.class).single()).isEqualTo(25);

		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(1));
		denials.summarise();

		assertThat(rows(address)).isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				select (request->>'denials')::int from audit_event
				 where action = 'REQUEST_DENIED_SUMMARY' and client_ip = ? order by id desc limit 1""")
			.param(address).query(Integer.class).single()).isEqualTo(25);
		assertThat(jdbc.sql("select count(*) from denied_request_summary where client_ip = ?").param(address)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aSignedInUsersRefusalIsStillOneRowEach() throws Exception {
		long before = jdbc.sql("select count(*) from audit_event where action = 'REQUEST_DENIED' and actor = 'viewer'")
			.query(Long.class).single();

		mvc.perform(post("/projects/new").with(user("viewer").roles("VIEWER")).with(csrf()));
		mvc.perform(post("/projects/new").with(user("viewer").roles("VIEWER")).with(csrf()));

		assertThat(jdbc.sql("select count(*) from audit_event where action = 'REQUEST_DENIED' and actor = 'viewer'")
			.query(Long.class).single()).isEqualTo(before + 2);
	}

	private long rows(String address) {
		return jdbc.sql("select count(*) from audit_event where client_ip = ?").param(address).query(Long.class).single();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
