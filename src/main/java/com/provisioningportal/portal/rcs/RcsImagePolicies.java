package com.provisioningportal.portal.rcs;

import java.util.List;

import com.provisioningportal.portal.web.PagePolicies;
import com.provisioningportal.portal.web.PagePolicy;

import org.springframework.stereotype.Component;

/**
 * The brand forms preview the logo and banner a person links to, in the browser, from wherever they are served over
 * https; the portal never fetches them itself. Only these pages may show such images.
 */
@Component
class RcsImagePolicies implements PagePolicies {

	private static final List<String> LINKED_IMAGES = List.of("https:");

	@Override
	public List<PagePolicy> policies() {
		return List.of(PagePolicy.images(RcsPages.BASE + "/new", LINKED_IMAGES),
				PagePolicy.images(RcsPages.BASE + "/{senderId}/edit", LINKED_IMAGES));
	}

}
