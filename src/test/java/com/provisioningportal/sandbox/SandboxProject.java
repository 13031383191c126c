package com.provisioningportal.sandbox;

/** A Sinch project of the sandbox and its one access key (Key ID and Key Secret, as on Sinch's dashboard). */
public record SandboxProject(String id, String name, String keyId, String keySecret) {
}
