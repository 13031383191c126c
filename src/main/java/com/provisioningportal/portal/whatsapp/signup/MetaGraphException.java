package com.provisioningportal.portal.whatsapp.signup;

/**
 * Graph refused a call or could not be reached. The message is Meta's own (it never carries the URL, the code or a
 * token); {@code code} and {@code subcode} are Meta's error numbers, 0 when Graph gave none.
 */
class MetaGraphException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int code;

	private final int subcode;

	private final String fbtraceId;

	MetaGraphException(int code, int subcode, String message, String fbtraceId) {
		super(message);
		this.code = code;
		this.subcode = subcode;
		this.fbtraceId = fbtraceId;
	}

	static MetaGraphException unreachable() {
		return new MetaGraphException(0, 0, "Meta could not be reached.", null);
	}

	int code() {
		return code;
	}

	int subcode() {
		return subcode;
	}

	String fbtraceId() {
		return fbtraceId;
	}

	/** Meta's numbers as one short code for the audit log and support, e.g. {@code 100/36009}. */
	String errorCode() {
		return (subcode != 0) ? code + "/" + subcode : String.valueOf(code);
	}

}
