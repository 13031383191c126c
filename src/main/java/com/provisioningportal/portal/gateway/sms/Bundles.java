package com.provisioningportal.portal.gateway.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.transport.RequestBodies;
import com.provisioningportal.portal.gateway.transport.SinchCall;
import com.provisioningportal.portal.gateway.transport.SinchRequests;

import org.springframework.stereotype.Component;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A project's bundles: one request that sets up an SMS app (and optionally a subproject, a Conversation API app and
 * webhooks) together, with its progress.
 * Every call throws a {@link com.provisioningportal.portal.gateway.SinchException} when Sinch did not succeed.
 */
@Component
public class Bundles {

	private static final String BUNDLES = SinchCall.PROJECT + "/bundles";

	private final SinchRequests requests;

	public Bundles(SinchRequests requests) {
		this.requests = requests;
	}

	public Bundle createBundle(String projectId, NewBundle bundle) {
		Map<String, Object> body = new LinkedHashMap<>();
		RequestBodies.putIfPresent(body, "name", bundle.name());
		body.put("region", bundle.region());
		if (bundle.subproject()) {
			body.put("subproject", true);
		}
		if (bundle.smsApp()) {
			body.put("smsApp", true);
		}
		if (bundle.convApp()) {
			body.put("convApp", true);
		}
		if (!bundle.webhooks().isEmpty()) {
			body.put("webhooks", bundle.webhooks());
		}
		return requests.read(SinchCall.of("bundles.create", POST, BUNDLES, projectId).body(body), Bundle.class);
	}

	public Bundle getBundle(String projectId, String bundleId) {
		return requests.read(SinchCall.of("bundles.get", GET, BUNDLES + "/{bundleId}", projectId, bundleId), Bundle.class);
	}

	public Page<Bundle> listBundles(String projectId, PageRequest page) {
		return listBundles(projectId, BundleFilter.none(), page);
	}

	public Page<Bundle> listBundles(String projectId, BundleFilter filter, PageRequest page) {
		SinchCall call = SinchCall.of("bundles.list", GET, BUNDLES, projectId)
			.query("filterStates", filter.states())
			.query("filterSmsAppIds", filter.smsAppIds())
			.query("filterConvAppIds", filter.convAppIds())
			.page(page);
		return requests.readPage(call, "bundles", Bundle.class);
	}

}
