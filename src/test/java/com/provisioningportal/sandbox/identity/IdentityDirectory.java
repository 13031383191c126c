package com.provisioningportal.sandbox.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people the sandbox provider knows, with their groups, kept in memory and shared with whoever started it, so
 * a test can move someone between groups between two sign-ins. The ID token of a sign-in carries the groups as they
 * are at that moment.
 */
public final class IdentityDirectory {

	/** A person at the provider; the subject is fixed at creation, as a real provider's is. */
	public record Person(String subject, String username, String password, String email, String name, Set<String> groups) {

		public Person {
			groups = Set.copyOf(groups);
		}

		Person withGroups(Set<String> newGroups) {
			return new Person(subject, username, password, email, name, newGroups);
		}

	}

	private final Map<String, Person> people = new ConcurrentHashMap<>();

	/** Adds (or replaces) a person; their subject is derived from the user name, so it never changes. */
	public Person add(String username, String password, String email, String name, String... groups) {
		Person person = new Person("sub-" + username, username, password, email, name, Set.of(groups));
		people.put(username, person);
		return person;
	}

	/** Replaces a person's groups, as an administrator at the provider would. */
	public void setGroups(String username, String... groups) {
		people.computeIfPresent(username, (name, person) -> person.withGroups(Set.of(groups)));
	}

	public Optional<Person> find(String username) {
		return Optional.ofNullable(people.get(username));
	}

	List<Person> all() {
		return List.copyOf(people.values());
	}

}
