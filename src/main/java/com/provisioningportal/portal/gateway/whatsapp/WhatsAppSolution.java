package com.provisioningportal.portal.gateway.whatsapp;

/**
 * A WhatsApp partner solution (Multi-Partner Solution) visible to the project. Sinch reports whether it is assigned
 * to the project, not Meta's own state of the solution.
 */
public record WhatsAppSolution(String id, Details details, App partnerApp, App ownerApp, Boolean assigned) {

	public record Details(String name) {

	}

	public record App(Long id, String name) {

	}

}
