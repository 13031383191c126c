package com.provisioningportal.portal.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/** Whether someone may use what a level of access guards; the identity module decides, from the roles it defines. */
public interface AccessDecisions {

	/** Whether the user (null or anonymous when nobody is signed in) reaches the level. */
	boolean allows(Access level, @Nullable Authentication user);

}
