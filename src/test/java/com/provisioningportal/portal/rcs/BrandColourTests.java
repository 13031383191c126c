package com.provisioningportal.portal.rcs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Brand colours against the white text phones draw on them, by WCAG's contrast ratio. */
class BrandColourTests {

	@Test
	void blackAndWhiteAreTheEnds() {
		assertThat(BrandColour.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
		assertThat(BrandColour.contrastWithWhite("#FFFFFF")).isCloseTo(1.0, within(0.01));
	}

	@Test
	void theThresholdSeparatesReadableColoursFromPaleOnes() {
		assertThat(BrandColour.contrastWithWhite("#767676")).isGreaterThanOrEqualTo(BrandColour.MINIMUM_CONTRAST);
		assertThat(BrandColour.contrastWithWhite("#777777")).isLessThan(BrandColour.MINIMUM_CONTRAST);
		assertThat(BrandColour.contrastWithWhite("#0b5fff")).isGreaterThan(BrandColour.MINIMUM_CONTRAST);
		assertThat(BrandColour.contrastWithWhite("#FFCC00")).isLessThan(2.0);
	}

	@Test
	void onlyHashAndSixHexDigitsAreAColour() {
		assertThat(BrandColour.wellFormed("#0B5FFF")).isTrue();
		assertThat(BrandColour.wellFormed("0B5FFF")).isFalse();
		assertThat(BrandColour.wellFormed("#0B5")).isFalse();
		assertThat(BrandColour.wellFormed("#0B5FFG")).isFalse();
	}

}
