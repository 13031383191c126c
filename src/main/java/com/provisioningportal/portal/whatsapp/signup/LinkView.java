package com.provisioningportal.portal.whatsapp.signup;

/** A link as the connect page lists it, with its state at the time of the page. */
public record LinkView(SignupLink link, String state) {

}
