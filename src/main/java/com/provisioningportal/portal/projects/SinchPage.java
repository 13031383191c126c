package com.provisioningportal.portal.projects;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page handler whose Sinch reads may fail: the handler lets a {@code SinchException} escape and
 * {@link SinchPageAdvice} renders {@link #value() the view} with what the handler put in the model so far, plus
 * {@code sinchError} (Sinch refused) or {@code sinchUnreachable} (Sinch did not answer).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SinchPage {

	/** The view shown with Sinch's error summary. */
	String value();

	/** Model attributes the view iterates over, shown empty when Sinch could not give them. */
	String[] emptyLists() default {};

}
