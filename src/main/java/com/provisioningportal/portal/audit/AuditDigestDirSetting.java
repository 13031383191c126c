package com.provisioningportal.portal.audit;

import com.provisioningportal.portal.RequiredSetting;

/**
 * {@code PORTAL_AUDIT_DIGEST_DIR}: where signed audit checkpoints are written. Every instance must see the same
 * directory, and it belongs on write-once storage the database's owner cannot rewrite.
 */
public final class AuditDigestDirSetting implements RequiredSetting {

	@Override
	public String property() {
		return "portal.audit.digest-dir";
	}

	@Override
	public String variable() {
		return "PORTAL_AUDIT_DIGEST_DIR";
	}

	@Override
	public String expected() {
		return "a directory shared by every portal instance, on write-once storage, e.g. /var/lib/portal/audit-digests";
	}

}
