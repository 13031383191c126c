package com.provisioningportal.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditSigningKeyTests {

	/** The documented dev-mode key and its public key. */
	static final String DEV_KEY = "MC4CAQAwBQYDK2VwBCIEIDB74XC9TC6LvqgbrgZxmQqKMKb7L5eGRHFb+FubmpZ2";

	static final String DEV_PUBLIC_KEY = "MCowBQYDK2VwAyEAllOgEs1Gz9n6uP3/iZF/eMni0yzTJ3oyzGD+6cyAXhw=";

	@Test
	void thePublicKeyIsDerivedFromThePrivateKeyAlone() throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";

		AuditSigningKey key = AuditSigningKey.parse(pem);

		assertThat(key.publicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
		byte[] statement = "head-id=42\n".getBytes(StandardCharsets.UTF_8);
		assertThat(AuditSigningKey.verifies(pair.getPublic(), statement, key.sign(statement))).isTrue();
	}

	@Test
	void theDevKeyHasTheDocumentedPublicKeyWhichReadsBackFromItsPem() {
		AuditSigningKey key = AuditSigningKey.parse(DEV_KEY);

		assertThat(Base64.getEncoder().encodeToString(key.publicKey().getEncoded())).isEqualTo(DEV_PUBLIC_KEY);
		assertThat(AuditSigningKey.parsePublicKey(AuditSigningKey.pem(key.publicKey())).getEncoded())
			.isEqualTo(key.publicKey().getEncoded());
		assertThat(key.keyId()).hasSize(16).isEqualTo(AuditSigningKey.keyId(AuditSigningKey.parsePublicKey(DEV_PUBLIC_KEY)));
		assertThat(key.toString()).contains(key.keyId()).doesNotContain(DEV_KEY.substring(20));
	}

	@Test
	void aValueThatIsNotAnEd25519PrivateKeySaysWhy() throws Exception {
		String rsa = Base64.getEncoder()
			.encodeToString(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate().getEncoded());

		assertThatIllegalArgumentException().isThrownBy(() -> AuditSigningKey.parse("not a key!"))
			.withMessage("it is neither PEM nor base64");
		assertThatIllegalArgumentException().isThrownBy(() -> AuditSigningKey.parse(rsa))
			.withMessage("it is not an Ed25519 private key in PKCS#8 form");
		assertThat(new AuditSigningKeySetting().problem(DEV_KEY)).isEmpty();
		assertThat(new AuditSigningKeySetting().problem(DEV_PUBLIC_KEY)).isPresent();
	}

}
