package com.provisioningportal.portal.sms;

import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.callbacks.StatusSource;
import com.provisioningportal.portal.callbacks.WatchedStatus;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.sms.Bundles;

import org.springframework.stereotype.Component;

/**
 * A bundle's state as the portal waits on it: {@code IN_PROGRESS} until Sinch finishes the work order with
 * {@code DONE} or {@code FAILED}. {@code BUNDLE_DONE} callbacks carry the bundle, so the default reading of the
 * payload's {@code state} applies.
 */
@Component
class BundleStatus implements StatusSource {

	static final Set<String> FINISHED = Set.of("DONE", "FAILED");

	private final Bundles bundles;

	BundleStatus(Bundles bundles) {
		this.bundles = bundles;
	}

	@Override
	public String kind() {
		return BundleCallbacks.BUNDLE;
	}

	@Override
	public Optional<WatchedStatus> currentStatus(String projectId, String bundleId) {
		try {
			return Optional.ofNullable(bundles.getBundle(projectId, bundleId).state()).map(WatchedStatus::of);
		}
		catch (SinchApiException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public boolean settled(String state) {
		return FINISHED.contains(state);
	}

}
