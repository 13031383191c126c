package com.provisioningportal.portal.audit;

/** A stored audit row: its place in the log, what it says, and its links in the chain. */
record AuditRow(long id, AuditContent content, byte[] prevHash, byte[] hash) {

	public String hashHex() {
		return CanonicalForm.hex(hash);
	}

	public String prevHashHex() {
		return CanonicalForm.hex(prevHash);
	}

}
