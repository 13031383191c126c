package com.provisioningportal.portal.whatsapp.signup;

/**
 * A phone number Graph showed for a WABA of the customer's token: verified by membership, so the customer may
 * pick it when Meta's dialog did not say which number.
 */
public record PhoneChoice(String wabaId, String phoneNumberId, String displayPhoneNumber, String verifiedName) {

}
