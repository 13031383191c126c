package com.provisioningportal.portal.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	/** The SHA-1 seed of RFC 6238, Appendix B: the ASCII digits 1234567890 twice. */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void theRfc6238TestVectorsForSha1(long epochSecond, String expected) {
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(epochSecond)), 8)).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesAreTheLastSixDigitsOfTheEightDigitOnes() {
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), Totp.DIGITS)).isEqualTo("081804");
	}

	@Test
	void aCodeIsAcceptedOneStepEarlyOrLateButNotTwo() {
		byte[] key = Totp.newKey();
		Instant now = Instant.ofEpochSecond(1_800_000_015);
		long step = Totp.step(now);

		assertThat(Totp.matchingStep(key, Totp.code(key, step, 6), now)).hasValue(step);
		assertThat(Totp.matchingStep(key, Totp.code(key, step - 1, 6), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(key, Totp.code(key, step + 1, 6), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(key, Totp.code(key, step - 2, 6), now)).isEmpty();
		assertThat(Totp.matchingStep(key, Totp.code(key, step + 2, 6), now)).isEmpty();
	}

	@Test
	void stepsAreThirtySecondsCountedFromTheEpoch() {
		assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
		assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
		assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32AsRfc4648WithoutPadding(String plain, String encoded) {
		assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
		assertThat(Base32.decode(encoded)).isEqualTo(plain.getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aNewKeyIsTwentyRandomBytesThirtyTwoBase32Characters() {
		byte[] key = Totp.newKey();

		assertThat(key).hasSize(20).isNotEqualTo(Totp.newKey());
		assertThat(Base32.encode(key)).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Base32.decode(Base32.encode(key).toLowerCase(Locale.ROOT))).isEqualTo(key);
	}

	@Test
	void theQrCodeIsAnSvgDataUri() {
		String uri = QrCodes.svgDataUri("otpauth://totp/Provisioning%20Portal:anna?secret=JBSWY3DPEHPK3PXP&issuer=Provisioning%20Portal");

		assertThat(uri).startsWith("data:image/svg+xml;base64,");
		String svg = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
		assertThat(svg).startsWith("<svg").contains("<path");
	}

	@Test
	void recoveryCodesAreComparedWhateverTheirCaseSpacesAndDashes() {
		assertThat(SecondFactors.digest("ABCD efgh-ijkl-mnop")).isEqualTo(SecondFactors.digest("abcdefghijklmnop")).hasSize(64);
	}

}
