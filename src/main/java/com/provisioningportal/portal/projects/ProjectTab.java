package com.provisioningportal.portal.projects;

import com.provisioningportal.portal.web.Access;

/**
 * One tab of a project's pages.
 *
 * @param id what a page passes to the tabs fragment to mark the tab as the current one
 * @param path the tab's page below {@code /projects/{id}}, "" for the project itself
 * @param order where the tab sits, lower first
 * @param access who sees the tab: those who may open its page
 */
public record ProjectTab(String id, String label, String path, int order, Access access) {

}
