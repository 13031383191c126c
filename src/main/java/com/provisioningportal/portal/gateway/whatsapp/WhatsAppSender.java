package com.provisioningportal.portal.gateway.whatsapp;

import java.time.Instant;
import java.util.List;

import com.provisioningportal.portal.gateway.ConversationApiAppDetails;

/**
 * A WhatsApp sender as Sinch returns it. Enum-like fields ({@code state}, {@code region}, {@code qualityRating},
 * ...) are Sinch's raw strings, so values Sinch adds later are kept and shown. {@link #toString()} never shows the
 * {@code bearerToken}.
 */
public record WhatsAppSender(String id, String state, Changes changes, Details details, Metadata metadata, String region,
		String metaLocalStorage, String conversationApiApp, ConversationApiAppDetails conversationApiAppDetails,
		Integer maxTps, String qualityRating, String dailyLimit, String bearerToken, Boolean cloudApi, Instant created,
		Instant modified, String countryCode, String phoneNumber, String numberProvider, String businessManager,
		List<String> compatibleRegions) {

	/** The live profile, or (inside {@link Changes}) the pending one. */
	public record Details(String displayName, String vertical, String description, String email, String address,
			String websiteOne, String websiteTwo, String about, String photoUrl, String username) {

	}

	/** Pending changes; {@code status} is {@code DRAFT}, {@code IN_PROGRESS}, {@code ERROR}, {@code REJECTED}, ... */
	public record Changes(String status, Details details, String errorReason, String errorCode) {

	}

	/** Review state of fields Meta checks separately. */
	public record Metadata(ReviewedValue displayName, ReviewedValue username) {

	}

	public record ReviewedValue(String value, String status, String rejectionReason) {

	}

	@Override
	public String toString() {
		return "Sender[id=" + id + ", state=" + state + ", changes=" + changes + ", details=" + details + ", metadata="
				+ metadata + ", region=" + region + ", metaLocalStorage=" + metaLocalStorage + ", conversationApiAppDetails="
				+ conversationApiAppDetails + ", qualityRating=" + qualityRating + ", bearerToken="
				+ ((bearerToken != null) ? "***" : null) + ", countryCode=" + countryCode + ", phoneNumber=" + phoneNumber
				+ ", numberProvider=" + numberProvider + ", businessManager=" + businessManager + ", compatibleRegions="
				+ compatibleRegions + ", created=" + created + ", modified=" + modified + "]";
	}

}
