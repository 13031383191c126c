package com.provisioningportal.portal.web;

import java.util.List;

/**
 * Warnings a module puts at the top of every page for administrators: something about the installation they must
 * fix, such as an audit log the database user could rewrite. Contributed as beans; the layout shows them all.
 */
public interface SiteNotices {

	/** The warnings in force now, each a sentence saying what is wrong and what to do; empty when all is well. */
	List<String> forAdministrators();

}
