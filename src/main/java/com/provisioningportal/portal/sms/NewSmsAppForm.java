package com.provisioningportal.portal.sms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A standalone SMS app, optionally linked to an existing Conversation app. */
class NewSmsAppForm {

	private String formToken;

	@NotBlank(message = "{sms.app.name.required}")
	@Size(max = 255, message = "{sms.app.name.size}")
	private String name;

	@NotNull(message = "{sms.app.region.required}")
	private SmsRegion region;

	@Pattern(regexp = "^\\s*$|\\s*([0-9A-Za-z]{26}|[0-9A-Fa-f]{32})\\s*",
			message = "{sms.app.conversation-app-id.pattern}")
	private String conversationAppId;

	SmsAppChanges.CreateSmsApp toCommand(String projectId) {
		String linked = (conversationAppId == null || conversationAppId.isBlank()) ? null : conversationAppId.trim();
		return new SmsAppChanges.CreateSmsApp(projectId, name.trim(), region.name(), linked);
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public SmsRegion getRegion() {
		return region;
	}

	public void setRegion(SmsRegion region) {
		this.region = region;
	}

	public String getConversationAppId() {
		return conversationAppId;
	}

	public void setConversationAppId(String conversationAppId) {
		this.conversationAppId = conversationAppId;
	}

}
