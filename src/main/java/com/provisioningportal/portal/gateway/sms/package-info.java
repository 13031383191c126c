/** Sinch's SMS resources: SMS apps and the bundles that create them together with numbers. */
@org.springframework.modulith.NamedInterface("sms")
package com.provisioningportal.portal.gateway.sms;
