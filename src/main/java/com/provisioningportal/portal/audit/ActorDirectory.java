package com.provisioningportal.portal.audit;

/**
 * Answers whether a user name belongs to a portal user, so a failed sign-in with an unknown name is recorded as
 * {@code anonymous} rather than storing whatever was typed (often a password in the wrong field). The identity
 * module provides it; without one, every failed sign-in is anonymous.
 */
@FunctionalInterface
public interface ActorDirectory {

	boolean exists(String username);

}
