package com.provisioningportal.portal.projects;

import java.util.Optional;

import com.provisioningportal.portal.audit.UnknownChange;

/**
 * How a feature tells, by asking Sinch, whether one of its changes whose answer never came was made. A feature
 * declares one bean for the actions it can look up; a change of an action no check knows stays UNKNOWN.
 */
public interface UnknownOutcomeCheck {

	/** Whether this check can look up changes of this audit action ({@code WEBHOOK_CREATE}, ...). */
	boolean handles(String action);

	/**
	 * What Sinch now shows for the change, as the audit log keeps a made change, or empty when Sinch does not have it.
	 * @throws com.provisioningportal.portal.gateway.SinchException when Sinch cannot say; the next round asks again
	 */
	Optional<Object> lookUp(UnknownChange change);

}
