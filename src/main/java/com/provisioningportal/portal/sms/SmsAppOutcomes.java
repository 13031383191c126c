package com.provisioningportal.portal.sms;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.Pages;
import com.provisioningportal.portal.gateway.sms.Bundles;
import com.provisioningportal.portal.gateway.sms.SmsApps;
import com.provisioningportal.portal.projects.UnknownOutcomeCheck;

import org.springframework.stereotype.Component;

/**
 * Whether an SMS app change that got no answer was made. Sinch's apps and bundles carry no creation time, so a
 * creation is taken as made when an app (or a bundle) with the requested name is there, whenever it was made. A
 * rename: the app has the new name. A deletion: the app is gone.
 */
@Component
class SmsAppOutcomes implements UnknownOutcomeCheck {

	private static final Set<String> ACTIONS = Set.of("SMS_BUNDLE_CREATE", "SMS_APP_CREATE", "SMS_APP_RENAME",
			"SMS_APP_DELETE");

	private final SmsApps smsApps;

	private final Bundles bundles;

	private final SmsAppLookup lookup;

	SmsAppOutcomes(SmsApps smsApps, Bundles bundles, SmsAppLookup lookup) {
		this.smsApps = smsApps;
		this.bundles = bundles;
		this.lookup = lookup;
	}

	@Override
	public boolean handles(String action) {
		return ACTIONS.contains(action);
	}

	@Override
	public Optional<Object> lookUp(UnknownChange change) {
		String projectId = change.projectId();
		String name = (change.request() == null) ? null : change.request().path("name").asString(null);
		if (projectId == null || (name == null && !"SMS_APP_DELETE".equals(change.action()))) {
			return Optional.empty();
		}
		return switch (change.action()) {
			case "SMS_BUNDLE_CREATE" -> Pages.all(PageRequest.first(), page -> bundles.listBundles(projectId, page))
				.filter(bundle -> name.equals(bundle.name()))
				.findFirst()
				.map(SmsAppChanges::summary);
			case "SMS_APP_CREATE" -> Pages.all(PageRequest.first(), page -> smsApps.listSmsApps(projectId, page))
				.filter(app -> name.equals(app.name()))
				.findFirst()
				.map(SmsAppChanges::summary);
			case "SMS_APP_RENAME" -> lookup.find(projectId, change.resourceId())
				.filter(app -> name.equals(app.name()))
				.map(SmsAppChanges::summary);
			default -> lookup.find(projectId, change.resourceId()).isPresent() ? Optional.empty()
					: Optional.of(Map.of("deleted", change.resourceId()));
		};
	}

}
