package com.provisioningportal.portal.gateway;

import java.util.Objects;

/**
 * One field of a PATCH body. Sinch tells three cases apart: a field left out stays as it is, a value replaces it,
 * and an explicit JSON {@code null} clears it (only where Sinch allows {@code null}).
 */
public sealed interface Change<T> {

	static <T> Change<T> keep() {
		@SuppressWarnings("unchecked")
		Change<T> keep = (Change<T>) Keep.INSTANCE;
		return keep;
	}

	static <T> Change<T> to(T value) {
		return new SetTo<>(Objects.requireNonNull(value, "value; use Change.clear() to send null"));
	}

	static <T> Change<T> clear() {
		@SuppressWarnings("unchecked")
		Change<T> clear = (Change<T>) Clear.INSTANCE;
		return clear;
	}

	/** Leave the field out of the body. */
	enum Keep implements Change<Object> {

		INSTANCE

	}

	/** Send the field with this value. */
	record SetTo<T>(T value) implements Change<T> {

	}

	/** Send the field as JSON {@code null}: Sinch deletes the value. */
	enum Clear implements Change<Object> {

		INSTANCE

	}

}
