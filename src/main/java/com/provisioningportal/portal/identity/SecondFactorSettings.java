package com.provisioningportal.portal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminSecondFactor whether administrators must use an authenticator app at sign-in; one who has none set
 * up is sent to set it up before anything else
 */
@ConfigurationProperties("portal.sign-in")
record SecondFactorSettings(@DefaultValue("true") boolean adminSecondFactor) {

}
