/**
 * The audit log: who changed what, when, from where, and whether it worked. Append-only in the database,
 * hash-chained so an altered row is found, reviewable and exportable by auditors. Features write through
 * {@link com.provisioningportal.portal.audit.AuditLog}: an ATTEMPT before a change, an outcome after it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "web" })
package com.provisioningportal.portal.audit;
