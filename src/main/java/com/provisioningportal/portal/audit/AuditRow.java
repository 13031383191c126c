package com.provisioningportal.portal.audit;

/** A stored audit row: its place in the log, what it says, and its links in the chain. */
record AuditRow(long id, AuditContent content, byte[] prevHash, byte[] hash) {

	String hashHex() {
		return CanonicalForm.hex(hash);
	}

	String prevHashHex() {
		return CanonicalForm.hex(prevHash);
	}

}
