package com.provisioningportal.portal.projects;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretEncryptionTests {

	private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private final SecretEncryption encryption = new SecretEncryption(KEY);

	@Test
	void whatIsEncryptedDecryptsToTheSameText() {
		assertThat(encryption.decrypt(encryption.encrypt("sandbox-secret-1 ü€"))).isEqualTo("sandbox-secret-1 ü€");
	}

	@Test
	void theSameSecretEncryptsDifferentlyEachTimeAndNeverAppearsInTheCiphertext() {
		String first = encryption.encrypt("sandbox-secret-1");
		String second = encryption.encrypt("sandbox-secret-1");

		assertThat(first).isNotEqualTo(second).doesNotContain("sandbox-secret-1");
	}

	@Test
	void aTamperedCiphertextIsRefused() {
		byte[] stored = Base64.getDecoder().decode(encryption.encrypt("sandbox-secret-1"));
		stored[stored.length - 1] ^= 1;

		assertThatThrownBy(() -> encryption.decrypt(Base64.getEncoder().encodeToString(stored)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anotherKeyCannotDecrypt() {
		String otherKey = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

		assertThatThrownBy(() -> new SecretEncryption(otherKey).decrypt(encryption.encrypt("sandbox-secret-1")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theKeySettingWantsThirtyTwoBase64Bytes() {
		EncryptionKeySetting setting = new EncryptionKeySetting();

		assertThat(setting.problem(KEY)).isEmpty();
		assertThat(setting.problem(Base64.getEncoder().encodeToString(new byte[16]))).hasValue("it decodes to 16 bytes, not 32");
		assertThat(setting.problem("not base64 !")).hasValue("it is not base64");
	}

	@Test
	void thePublicUrlMustBeHttps() {
		PublicUrlSetting setting = new PublicUrlSetting();

		assertThat(setting.problem("https://portal.example.com")).isEmpty();
		assertThat(setting.problem("http://portal.example.com")).hasValue("it must be an https:// address");
		assertThat(setting.problem("https://portal.example.com/?x=1")).hasValue("it must not have a query or fragment");
	}

}
