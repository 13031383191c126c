package com.provisioningportal.portal.gateway.transport;

import java.util.Map;

/** Sinch's common error body ("PAPI error"); {@code additionalInformation} is free-form JSON. */
public record PapiError(String errorCode, String message, String resolution, Map<String, Object> additionalInformation) {

}
