package com.provisioningportal.portal.gateway;

/** The Conversation API app a sender or SMS app is connected to. */
public record ConversationApiAppDetails(String id, String projectId, String region, String channelStatus) {

}
