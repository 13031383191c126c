package com.provisioningportal.portal.gateway.sms;

import java.util.List;

import com.provisioningportal.portal.gateway.ConversationApiAppDetails;

/** An SMS app; {@code status} is Sinch's provisioning state ({@code PENDING_ADD}, {@code ACTIVE}, ...). */
public record SmsApp(String id, String smsServiceId, String name, String status, List<String> regions,
		ConversationApiAppDetails conversationApiAppDetails, Boolean test) {

}
