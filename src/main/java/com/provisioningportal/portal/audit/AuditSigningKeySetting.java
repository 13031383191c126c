package com.provisioningportal.portal.audit;

import java.util.Optional;

import com.provisioningportal.portal.RequiredSetting;

/** {@code PORTAL_AUDIT_SIGNING_KEY}: the Ed25519 private key that signs audit checkpoints. */
public final class AuditSigningKeySetting implements RequiredSetting {

	@Override
	public String property() {
		return "portal.audit.signing-key";
	}

	@Override
	public String variable() {
		return "PORTAL_AUDIT_SIGNING_KEY";
	}

	@Override
	public String expected() {
		return "an Ed25519 private key in PKCS#8 PEM or its base64 body, e.g. the output of: "
				+ "openssl genpkey -algorithm ed25519";
	}

	@Override
	public Optional<String> problem(String value) {
		try {
			AuditSigningKey.parse(value);
			return Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(ex.getMessage());
		}
	}

}
