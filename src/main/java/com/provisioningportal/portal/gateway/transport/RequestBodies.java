package com.provisioningportal.portal.gateway.transport;

import java.util.Map;

import com.provisioningportal.portal.gateway.Change;

/** Sinch's PATCH bodies tell "leave as is" (absent) from "clear" (null): these put a field only when it is meant. */
public final class RequestBodies {

	private RequestBodies() {
	}

	public static void put(Map<String, Object> body, String field, Change<?> change) {
		if (change instanceof Change.SetTo<?> set) {
			body.put(field, set.value());
		}
		else if (change instanceof Change.Clear) {
			body.put(field, null);
		}
	}

	public static void putIfPresent(Map<String, Object> body, String field, Object value) {
		if (value != null) {
			body.put(field, value);
		}
	}

}
