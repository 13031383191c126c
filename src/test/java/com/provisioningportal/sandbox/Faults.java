package com.provisioningportal.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.util.AntPathMatcher;

/** The fault rules in force, first added first matched; rules with a count lapse once used up. */
public final class Faults {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private static final class Active {

		private final FaultRule rule;

		private int remaining;

		private Active(FaultRule rule) {
			this.rule = rule;
			this.remaining = rule.times();
		}

	}

	private final List<Active> rules = new ArrayList<>();

	public synchronized void add(FaultRule rule) {
		if (rule.pathPattern() == null || !rule.pathPattern().startsWith("/")) {
			throw new IllegalArgumentException("A fault needs a path pattern starting with '/'");
		}
		rules.add(new Active(rule));
	}

	public synchronized void clear() {
		rules.clear();
	}

	public synchronized List<FaultRule> list() {
		return rules.stream().map(active -> active.rule).toList();
	}

	synchronized Optional<FaultRule> take(String method, String path) {
		for (Active active : rules) {
			boolean methodMatches = active.rule.method() == null || active.rule.method().equalsIgnoreCase(method);
			if (methodMatches && PATHS.match(active.rule.pathPattern(), path)) {
				if (active.remaining > 0 && --active.remaining == 0) {
					rules.remove(active);
				}
				return Optional.of(active.rule);
			}
		}
		return Optional.empty();
	}

}
