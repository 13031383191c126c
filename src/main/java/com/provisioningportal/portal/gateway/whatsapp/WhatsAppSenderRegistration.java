package com.provisioningportal.portal.gateway.whatsapp;

import java.time.Instant;

/** Sinch's answer to a register (OTP request); {@code verificationCodeSent} is false if Meta already knows the number. */
public record WhatsAppSenderRegistration(String id, String method, Instant accepted, Boolean verificationCodeSent) {

}
