package com.provisioningportal.portal.whatsapp.signup;

/** The hidden form the signup script fills with what Meta sent, bound to the completion request. */
class CompletionForm {

	private String nonce;

	private String code;

	private String event;

	private String wabaId;

	private String phoneNumberId;

	private String businessId;

	private String currentStep;

	private String errorMessage;

	private String errorCode;

	private String sessionId;

	Completion toCompletion() {
		return new Completion(nonce, code, event, wabaId, phoneNumberId, businessId, currentStep, errorMessage, errorCode,
				sessionId);
	}

	public void setNonce(String nonce) {
		this.nonce = nonce;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public void setEvent(String event) {
		this.event = event;
	}

	public void setWabaId(String wabaId) {
		this.wabaId = wabaId;
	}

	public void setPhoneNumberId(String phoneNumberId) {
		this.phoneNumberId = phoneNumberId;
	}

	public void setBusinessId(String businessId) {
		this.businessId = businessId;
	}

	public void setCurrentStep(String currentStep) {
		this.currentStep = currentStep;
	}

	public void setErrorMessage(String errorMessage) {
		this.errorMessage = errorMessage;
	}

	public void setErrorCode(String errorCode) {
		this.errorCode = errorCode;
	}

	public void setSessionId(String sessionId) {
		this.sessionId = sessionId;
	}

}
