package com.provisioningportal.portal.whatsapp.signup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One run of Embedded Signup for a project, by a specialist or by a customer from a link. */
public record SignupAttempt(UUID id, String projectId, UUID linkId, String startedBy, String flow, AttemptStatus status,
		Instant nonceExpiresAt, String region, String metaLocalStorage, String metaEvent, String wabaId,
		String phoneNumberId, String businessId, List<PhoneChoice> phoneChoices, String senderId, String currentStep,
		String errorCode, String errorMessage, String sessionId, String failureCode, String failure, Instant startedAt,
		Instant codeReceivedAt, Instant verifiedAt, Instant senderRequestedAt, Instant finishedAt, Instant updatedAt) {

	public boolean fromLink() {
		return linkId != null;
	}

	/** What a customer or specialist copies for Meta's support: never a code or token. */
	public String supportDetails() {
		return "Embedded Signup error " + (errorCode != null ? errorCode : "-") + ", session " + (sessionId != null ? sessionId : "-")
				+ ", message: " + (errorMessage != null ? errorMessage : "-") + ", attempt " + id;
	}

}
