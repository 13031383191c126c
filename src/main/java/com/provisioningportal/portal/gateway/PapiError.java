package com.provisioningportal.portal.gateway;

import java.util.Map;

/** Sinch's common error body ("PAPI error"); {@code additionalInformation} is free-form JSON. */
record PapiError(String errorCode, String message, String resolution, Map<String, Object> additionalInformation) {

}
