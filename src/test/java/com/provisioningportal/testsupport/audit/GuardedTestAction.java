package com.provisioningportal.testsupport.audit;

import java.util.concurrent.atomic.AtomicInteger;

import com.provisioningportal.portal.audit.AuditAttempt;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A stand-in for a feature's change: records the attempt, then makes the "upstream call" (counted), then the
 * outcome. Outside the portal's packages, so neither dev mode nor the portal's tests ever scan it.
 */
@Controller
public class GuardedTestAction {

	private final AuditLog auditLog;

	private final AtomicInteger upstreamCalls = new AtomicInteger();

	public GuardedTestAction(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@PostMapping("/test/guarded-action")
	@ResponseBody
	public String change() {
		AuditAttempt attempt = auditLog.attempt(AuditEntry.of("TEST_GUARDED_ACTION").resource("test", "guarded"));
		upstreamCalls.incrementAndGet();
		auditLog.succeeded(attempt, Outcome.ok());
		return "done";
	}

	public int upstreamCalls() {
		return upstreamCalls.get();
	}

}
