package com.provisioningportal.portal.projects;

import java.util.function.Predicate;
import java.util.function.Supplier;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to a page that polls for a resource's state at Sinch while Sinch works on it: the fresh fragment;
 * 204 when there is nothing new or Sinch cannot be asked just now (the page keeps what it shows and asks again at
 * the next poll); the not-found page when Sinch says the resource is gone.
 */
public final class StatusPoll {

	private StatusPoll() {
	}

	/**
	 * @param nothingNew whether the page already shows the latest (no callback about the resource since it asked)
	 * @param gone which of Sinch's refusals mean the resource no longer exists
	 * @param fragment reads the resource and renders the fragment the page swaps in
	 */
	public static @Nullable ModelAndView answer(HttpServletResponse response, boolean nothingNew,
			Predicate<SinchApiException> gone, Supplier<ModelAndView> fragment) {
		if (!nothingNew) {
			try {
				return fragment.get();
			}
			catch (SinchApiException ex) {
				if (gone.test(ex)) {
					throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				}
			}
			catch (SinchException ex) {
				// Sinch could not be reached: nothing new to show this time.
			}
		}
		response.setStatus(HttpStatus.NO_CONTENT.value());
		return null;
	}

}
