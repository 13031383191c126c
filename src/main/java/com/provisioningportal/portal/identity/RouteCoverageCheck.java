package com.provisioningportal.portal.identity;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Refuses to start a portal in which some route has no access rule. With that guaranteed, the filter chain can
 * answer an address that matches no route with a plain 404 instead of refusing everything it does not know.
 */
@Component
class RouteCoverageCheck implements ApplicationListener<ContextRefreshedEvent> {

	private final RouteTable routes;

	RouteCoverageCheck(RouteTable routes) {
		this.routes = routes;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		List<String> uncovered = uncovered(event.getApplicationContext().getBeansOfType(RequestMappingInfoHandlerMapping.class));
		if (!uncovered.isEmpty()) {
			throw new IllegalStateException("Routes without an access rule: " + String.join(", ", uncovered)
					+ ". Add an AccessRule for each in the feature's AccessRules bean.");
		}
	}

	List<String> uncovered(Map<String, RequestMappingInfoHandlerMapping> mappings) {
		TreeSet<String> uncovered = new TreeSet<>();
		mappings.values().forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
			for (HttpMethod method : methodsOf(info)) {
				for (String pattern : info.getPatternValues()) {
					// A pattern read as a path matches exactly the rules that cover every path it matches.
					if (routes.ruleFor(method, pattern).isEmpty()) {
						uncovered.add(method.name() + " " + pattern);
					}
				}
			}
		}));
		return List.copyOf(uncovered);
	}

	private static List<HttpMethod> methodsOf(RequestMappingInfo info) {
		var methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
				: methods.stream().map(RequestMethod::name).map(HttpMethod::valueOf).toList();
	}

}
