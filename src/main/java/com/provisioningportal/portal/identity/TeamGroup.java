package com.provisioningportal.portal.identity;

/** A provider group whose members join a team with a role, at each of their sign-ins. */
record TeamGroup(String name, TeamRole role) {
}
