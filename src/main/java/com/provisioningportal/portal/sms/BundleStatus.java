package com.provisioningportal.portal.sms;

import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.webhooks.StatusSource;

import org.springframework.stereotype.Component;

/**
 * A bundle's state as the portal waits on it: {@code IN_PROGRESS} until Sinch finishes the work order with
 * {@code DONE} or {@code FAILED}. {@code BUNDLE_DONE} callbacks carry the bundle, so the default reading of the
 * payload's {@code state} applies.
 */
@Component
class BundleStatus implements StatusSource {

	static final Set<String> FINISHED = Set.of("DONE", "FAILED");

	private final ProvisioningGateway gateway;

	BundleStatus(ProvisioningGateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public String kind() {
		return BundleCallbacks.BUNDLE;
	}

	@Override
	public Optional<String> currentState(String projectId, String bundleId) {
		try {
			return Optional.ofNullable(gateway.getBundle(projectId, bundleId).state());
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
