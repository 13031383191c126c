package com.provisioningportal.portal.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.provisioningportal.portal.web.Access;

/**
 * What a portal user may do: the levels of access each role reaches, which the route table and the pages apply. A
 * member's role in a team has the same name as the portal role it acts as on the team's projects.
 */
public enum Role {

	VIEWER("Viewer", "Reads projects and channels.", EnumSet.of(Access.CHANNELS_READ)),
	ONBOARDER("Onboarder", "Reads and changes channels: connects numbers, manages apps, webhooks and templates.",
			EnumSet.of(Access.CHANNELS_READ, Access.CHANNELS_CHANGE)),
	AUDITOR("Auditor", "Reads the audit log only.", EnumSet.of(Access.AUDIT)),
	ADMIN("Administrator", "Everything, plus projects and users.",
			EnumSet.of(Access.CHANNELS_READ, Access.CHANNELS_CHANGE, Access.AUDIT, Access.ADMIN));

	private final String label;

	private final String description;

	private final Set<Access> reaches;

	Role(String label, String description, Set<Access> reaches) {
		this.label = label;
		this.description = description;
		this.reaches = reaches;
	}

	/** Whether the role of this name reaches the level; any signed-in role reaches the open ones. */
	static boolean reaches(String roleName, Access level) {
		if (level == Access.PUBLIC || level == Access.SIGNED_IN) {
			return true;
		}
		return Arrays.stream(values()).anyMatch(role -> role.name().equals(roleName) && role.reaches.contains(level));
	}

	/** The names of the roles that reach a guarded level (every role reaches the open ones). */
	static List<String> reaching(Access level) {
		return Arrays.stream(values()).filter(role -> reaches(role.name(), level)).map(Role::name).toList();
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	String authority() {
		return "ROLE_" + name();
	}

}
