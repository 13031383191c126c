package com.provisioningportal.portal.sms;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.sms.Bundle;
import com.provisioningportal.portal.gateway.sms.BundleFilter;
import com.provisioningportal.portal.gateway.sms.Bundles;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.gateway.sms.SmsApps;

import org.springframework.stereotype.Service;

/** A project's SMS apps and the bundles that make them, as Sinch has them now; reads may throw a {@code SinchException}. */
@Service
class SmsAppLookup {

	/** Bundles looked at for those still setting up, or those whose Conversation app has no SMS app. */
	private static final int BUNDLES = 25;

	private final Bundles bundles;

	private final SmsApps smsApps;

	SmsAppLookup(Bundles bundles, SmsApps smsApps) {
		this.bundles = bundles;
		this.smsApps = smsApps;
	}

	/** One page of the apps; {@code pageToken} blank for the first. */
	Page<SmsApp> list(String projectId, String pageToken, int size) {
		return smsApps.listSmsApps(projectId, new PageRequest(pageToken, size));
	}

	/** Bundles Sinch is still working on. */
	List<Bundle> settingUp(String projectId) {
		return bundles.listBundles(projectId, BundleFilter.states("IN_PROGRESS"), PageRequest.first(BUNDLES)).items();
	}

	SmsApp get(String projectId, String smsAppId) {
		return smsApps.getSmsApp(projectId, smsAppId);
	}

	/** The app, or empty when Sinch has none with this id. */
	Optional<SmsApp> find(String projectId, String smsAppId) {
		try {
			return Optional.of(get(projectId, smsAppId));
		}
		catch (SinchApiException ex) {
			if (gone(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** The bundle that made the app, if one did; not knowing it is no reason to fail the page. */
	Bundle madeBy(String projectId, String smsAppId) {
		try {
			return bundles.listBundles(projectId, BundleFilter.madeSmsApp(smsAppId), PageRequest.first(1))
				.items()
				.stream()
				.findFirst()
				.orElse(null);
		}
		catch (SinchException ex) {
			return null;
		}
	}

	/** Conversation apps that bundles made without an SMS app: the ones a standalone SMS app can be linked to. */
	List<Bundle.BundleConvApp> freeConversationApps(String projectId) {
		try {
			return bundles.listBundles(projectId, BundleFilter.states("DONE"), PageRequest.first(BUNDLES))
				.items()
				.stream()
				.filter(bundle -> bundle.smsApp() == null && bundle.convApp() != null)
				.map(Bundle::convApp)
				.toList();
		}
		catch (SinchException ex) {
			return List.of();
		}
	}

	Bundle bundle(String projectId, String bundleId) {
		return bundles.getBundle(projectId, bundleId);
	}

	/** The bundle, or empty when Sinch has none with this id. */
	Optional<Bundle> findBundle(String projectId, String bundleId) {
		try {
			return Optional.of(bundle(projectId, bundleId));
		}
		catch (SinchApiException ex) {
			if (gone(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** Whether Sinch's refusal means there is no app or bundle with this id. */
	static boolean gone(SinchApiException ex) {
		return ex.status() == 404 || ex.hasErrorCode("invalid_id_format");
	}

}
