package com.provisioningportal.portal.projects;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one project loader of the pages: a handler parameter of type {@link ProjectSummary} on a
 * {@code /projects/{projectId}/…} route is the project the address names, also put in the model as {@code project};
 * a project the portal does not manage is the 404 page. Who may see it was decided before, by the route rules.
 */
@Configuration(proxyBeanMethods = false)
class ProjectArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	/** The request attribute holding the page's model, for {@link SinchPageAdvice} to show it again. */
	static final String PAGE_MODEL = ProjectArgumentResolver.class.getName() + ".model";

	private final ProjectDirectory projects;

	ProjectArgumentResolver(ProjectDirectory projects) {
		this.projects = projects;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ProjectSummary.class;
	}

	@Override
	public ProjectSummary resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		Object projectId = (variables instanceof Map<?, ?> map) ? map.get("projectId") : null;
		ProjectSummary project = (projectId != null) ? projects.find(projectId.toString()).orElse(null) : null;
		if (project == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (container != null) {
			container.addAttribute("project", project);
			request.setAttribute(PAGE_MODEL, container.getModel(), RequestAttributes.SCOPE_REQUEST);
		}
		return project;
	}

}
