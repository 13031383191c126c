package com.provisioningportal.portal.rcs;

import java.util.regex.Pattern;

/**
 * A brand colour as Sinch takes it ({@code #RRGGBB}). Phones draw white text on it, so it needs a contrast ratio of
 * at least 4.5:1 against white (WCAG 2.x AA for normal text).
 */
final class BrandColour {

	static final double MINIMUM_CONTRAST = 4.5;

	private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

	private BrandColour() {
	}

	static boolean wellFormed(String colour) {
		return colour != null && HEX.matcher(colour).matches();
	}

	/** The contrast ratio of white against the colour, from 1 (white) to 21 (black). */
	static double contrastWithWhite(String colour) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(int value) {
		double srgb = (value & 0xFF) / 255.0;
		return (srgb <= 0.04045) ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
	}

}
