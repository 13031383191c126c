package com.provisioningportal.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.provisioningportal.portal.identity.PageSecurity;
import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Some controllers with their views, the layout and the portal's real security (the route table of the
 * controllers' own access rules), without a database or Sinch: for what a page does with a request, such as
 * binding, validation and the field errors beside the fields. The test mocks the services the controllers use, and
 * the {@code ProjectDirectory} when they use none that is one. Who reaches which project is a mock too
 * ({@link ProjectAccess}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(PageSecurity.class)
@MockitoBean(types = ProjectAccess.class)
@ActiveProfiles("test")
public @interface PageSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
