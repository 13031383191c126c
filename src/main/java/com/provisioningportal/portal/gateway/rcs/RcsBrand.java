package com.provisioningportal.portal.gateway.rcs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the sender shows itself on the phone: name, description, colour, logo and banner, contacts and legal pages.
 * A launch needs the logo, the banner, both legal pages and a phone number or an e-mail address.
 *
 * @param color {@code #RRGGBB}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RcsBrand(String name, String description, String color, String logoUrl, String bannerUrl,
		String privacyPolicyUrl, String termsOfServiceUrl, List<Email> emails, List<Phone> phones,
		List<Website> websites) {

	public record Email(String label, String address) {

	}

	/** @param number without country code and separators, or in E.164 */
	public record Phone(String label, String number) {

	}

	public record Website(String label, String url) {

	}

}
