package com.provisioningportal.portal.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every feature's access rules in one table, most specific pattern first, so a broad rule of one feature never
 * shadows a narrow rule of another. The security filter chain is built from it, and the route × role test reads it.
 */
public final class RouteTable {

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private final List<Entry> entries;

	public RouteTable(List<AccessRules> contributions) {
		this.entries = contributions.stream()
			.flatMap(rules -> rules.rules().stream())
			.map(rule -> new Entry(rule, PARSER.parse(rule.pattern())))
			.sorted(Comparator.comparing(Entry::pattern, PathPattern.SPECIFICITY_COMPARATOR)
				.thenComparing(entry -> entry.rule().methods().isEmpty()))
			.toList();
	}

	public List<AccessRule> rules() {
		return entries.stream().map(Entry::rule).toList();
	}

	/** The rule that decides a request for this path and method, as the filter chain will find it. */
	public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
		return match(method, path).map(Match::rule);
	}

	/**
	 * The rule that decides a request, with the project it acts on: the {@code projectId} variable of the rule's
	 * pattern, if it has one.
	 */
	Optional<Match> match(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return entries.stream()
			.filter(entry -> entry.rule().covers(method) && entry.pattern().matches(container))
			.findFirst()
			.map(entry -> new Match(entry.rule(), Optional
				.ofNullable(entry.pattern().matchAndExtract(container).getUriVariables().get("projectId"))));
	}

	record Match(AccessRule rule, Optional<String> projectId) {
	}

	private record Entry(AccessRule rule, PathPattern pattern) {
	}

}
