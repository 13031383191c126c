package com.provisioningportal.portal.web;

import jakarta.servlet.RequestDispatcher;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The error view, rendered as the container's error dispatch would render it after an unexpected failure. */
@PortalTest
class ServerErrorPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aServerErrorPageNeverShowsTheExceptionItsMessageOrAStackTrace() throws Exception {
		var failure = new IllegalStateException("key secret s3cr3t leaked in a message");

		String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Something went wrong on our side")
			.doesNotContain("s3cr3t", "IllegalStateException", "at com.", "java.lang");
	}

	@Test
	void aJsonErrorBodyCarriesNoExceptionDetails() throws Exception {
		var failure = new IllegalStateException("internal detail");

		String body = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)).andReturn().getResponse().getContentAsString();

		assertThat(body).doesNotContain("internal detail", "IllegalStateException", "trace");
	}

}
