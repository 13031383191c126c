package com.provisioningportal.portal.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/**
	 * The audit log's own JSON reader and writer. Decimals are read as {@code BigDecimal} so a number read back from
	 * {@code jsonb} renders exactly as it was hashed; the portal's shared mapper may change without touching hashes.
	 */
	static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

	@Bean
	AuditStore auditStore(JdbcClient jdbc, @Value("${portal.audit.lock-timeout:5s}") Duration lockTimeout) {
		return new AuditStore(jdbc, MAPPER, lockTimeout);
	}

	@Bean
	AuditLog auditLog(AuditStore store, Clock clock, PlatformTransactionManager transactions) {
		return new AuditLog(store, new AuditValues(MAPPER), clock, transactions);
	}

	@Bean
	ChainVerifier chainVerifier(JdbcClient jdbc, AuditStore store, Clock clock) {
		return new ChainVerifier(jdbc, store, clock);
	}

	@Bean
	AuditSearch auditSearch(JdbcClient jdbc, AuditStore store) {
		return new AuditSearch(jdbc, store);
	}

	@Bean
	AuditExports auditExports(JdbcClient jdbc, AuditSearch search, Clock clock) {
		return new AuditExports(jdbc, search, clock);
	}

	@Bean
	ChainStatus auditChain(MeterRegistry meters) {
		return new ChainStatus(meters);
	}

	@Bean
	AuditVerification auditVerification(ChainVerifier verifier, @Value("${portal.audit.signing-key}") String signingKey,
			@Value("${portal.audit.digest-dir}") Path digestDirectory) {
		return new AuditVerification(verifier, new AuditCheckpoints(digestDirectory, AuditSigningKey.parse(signingKey)));
	}

	@Bean
	CheckpointSigner checkpointSigner(AuditVerification verification, ChainStatus status, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		return new CheckpointSigner(verification, status, jdbc, new TransactionTemplate(transactions), clock);
	}

	@Bean
	ChainVerificationJob chainVerificationJob(CheckpointSigner signer) {
		return new ChainVerificationJob(signer);
	}

	@Bean
	AuditPrivileges auditPrivileges(JdbcClient jdbc) {
		return new AuditPrivileges(jdbc);
	}

	@Bean
	AnonymousDenials anonymousDenials(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		return new AnonymousDenials(jdbc, auditLog, clock);
	}

	@Bean
	SecurityEventsAudit securityEventsAudit(AuditLog auditLog, ObjectProvider<ActorDirectory> directory,
			AnonymousDenials anonymousDenials) {
		return new SecurityEventsAudit(auditLog, directory, anonymousDenials);
	}

	@Bean
	FilterRegistrationBean<CorrelationFilter> correlationFilter() {
		FilterRegistrationBean<CorrelationFilter> registration = new FilterRegistrationBean<>(new CorrelationFilter());
		// Before Spring Security, so sign-in and access-denied rows carry the request's id too.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
