package com.provisioningportal.portal.gateway;

import java.util.Objects;

/**
 * A sender PATCH: only the fields given as {@link Change#to} or {@link Change#clear} are sent.
 *
 * @param submit {@code true} sends {@code status: SUBMIT} (to Meta); {@code false} stores a draft, as Sinch does by
 * default
 * @param details the profile fields to change
 */
public record SenderUpdate(boolean submit, DetailsChanges details) {

	public SenderUpdate {
		Objects.requireNonNull(details, "details");
	}

	/** Changes to the sender profile; every field starts as {@link Change#keep()}. */
	public record DetailsChanges(Change<String> displayName, Change<String> description, Change<String> vertical,
			Change<String> email, Change<String> address, Change<String> websiteOne, Change<String> websiteTwo,
			Change<String> about, Change<String> photoUrl, Change<String> username) {

		public static DetailsChanges none() {
			return new DetailsChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
					Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep());
		}

		public DetailsChanges displayName(Change<String> change) {
			return new DetailsChanges(change, description, vertical, email, address, websiteOne, websiteTwo, about,
					photoUrl, username);
		}

		public DetailsChanges description(Change<String> change) {
			return new DetailsChanges(displayName, change, vertical, email, address, websiteOne, websiteTwo, about,
					photoUrl, username);
		}

		public DetailsChanges vertical(Change<String> change) {
			return new DetailsChanges(displayName, description, change, email, address, websiteOne, websiteTwo, about,
					photoUrl, username);
		}

		public DetailsChanges email(Change<String> change) {
			return new DetailsChanges(displayName, description, vertical, change, address, websiteOne, websiteTwo, about,
					photoUrl, username);
		}

		public DetailsChanges address(Change<String> change) {
			return new DetailsChanges(displayName, description, vertical, email, change, websiteOne, websiteTwo, about,
					photoUrl, username);
		}

		public DetailsChanges websiteOne(Change<String> change) {
			return new DetailsChanges(displayName, description, vertical, email, address, change, websiteTwo, about,
					photoUrl, username);
		}

		public DetailsChanges websiteTwo(Change<String> change) {
			return new DetailsChanges(displayName, description, vertical, email, address, websiteOne, change, about,
					photoUrl, username);
		}

		public DetailsChanges about(Change<String> change) {
			return new DetailsChanges(displayName, description, vertical, email, address, websiteOne, websiteTwo, change,
					photoUrl, username);
		}

		public DetailsChanges photoUrl(Change<String> change) {
			return new DetailsChanges(displayName, description, vertical, email, address, websiteOne, websiteTwo, about,
					change, username);
		}

		public DetailsChanges username(Change<String> change) {
			return new DetailsChanges(displayName, description, vertical, email, address, websiteOne, websiteTwo, about,
					photoUrl, change);
		}

	}

}
