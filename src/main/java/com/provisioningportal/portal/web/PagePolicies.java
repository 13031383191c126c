package com.provisioningportal.portal.web;

import java.util.List;

/** A feature's additions to the Content-Security-Policy of some of its pages. */
@FunctionalInterface
public interface PagePolicies {

	List<PagePolicy> policies();

}
