package com.provisioningportal.portal.whatsapp;

import java.util.ArrayList;
import java.util.List;

/**
 * The create and edit pages of a template: one language of it, with its header, body (numbered variables and an
 * example for each), footer and buttons. {@link TemplateValidation} checks it against Meta's rules and
 * {@link TemplateFormMapping} turns it into Sinch's components.
 */
class TemplateForm {

	/** Most buttons Meta allows on one template. */
	static final int MAX_BUTTONS = 10;

	private String name;

	private String language;

	private String category;

	/** {@code true} submits to Meta for review, {@code false} keeps a draft at Sinch. */
	private boolean submit = true;

	private boolean allowCategoryChange;

	/** {@code NONE}, {@code TEXT}, {@code IMAGE}, {@code VIDEO}, {@code DOCUMENT} or {@code LOCATION}. */
	private String headerFormat = "NONE";

	private String headerText;

	/** The example of a text header's variable, or the URL of a sample image, video or document. */
	private String headerExample;

	private String bodyText;

	private List<String> bodyExamples = new ArrayList<>();

	private String footerText;

	private List<ButtonForm> buttons = new ArrayList<>();

	/** Makes a double submit create one template (see {@link com.provisioningportal.portal.web.OneTimeForms}). */
	private String formToken;

	/** Blank rows to the end so a person can add buttons, up to Meta's maximum. */
	void padButtons(int blankRows) {
		for (int added = 0; added < blankRows && buttons.size() < MAX_BUTTONS; added++) {
			buttons.add(new ButtonForm());
		}
	}

	/** An example field for each variable of the body, so each has its input on the page. */
	void padExamples() {
		int needed = TemplateVariables.of(bodyText).count();
		while (bodyExamples.size() < needed) {
			bodyExamples.add("");
		}
	}

	/** The buttons a person filled in (rows without a type are the blank ones the page offers). */
	List<ButtonForm> filledButtons() {
		return buttons.stream().filter(button -> !button.isBlank()).toList();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public boolean isSubmit() {
		return submit;
	}

	public void setSubmit(boolean submit) {
		this.submit = submit;
	}

	public boolean isAllowCategoryChange() {
		return allowCategoryChange;
	}

	public void setAllowCategoryChange(boolean allowCategoryChange) {
		this.allowCategoryChange = allowCategoryChange;
	}

	public String getHeaderFormat() {
		return headerFormat;
	}

	public void setHeaderFormat(String headerFormat) {
		this.headerFormat = headerFormat;
	}

	public String getHeaderText() {
		return headerText;
	}

	public void setHeaderText(String headerText) {
		this.headerText = headerText;
	}

	public String getHeaderExample() {
		return headerExample;
	}

	public void setHeaderExample(String headerExample) {
		this.headerExample = headerExample;
	}

	public String getBodyText() {
		return bodyText;
	}

	public void setBodyText(String bodyText) {
		this.bodyText = bodyText;
	}

	public List<String> getBodyExamples() {
		return bodyExamples;
	}

	public void setBodyExamples(List<String> bodyExamples) {
		this.bodyExamples = (bodyExamples != null) ? bodyExamples : new ArrayList<>();
	}

	public String getFooterText() {
		return footerText;
	}

	public void setFooterText(String footerText) {
		this.footerText = footerText;
	}

	public List<ButtonForm> getButtons() {
		return buttons;
	}

	public void setButtons(List<ButtonForm> buttons) {
		this.buttons = (buttons != null) ? buttons : new ArrayList<>();
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	/** One button: a quick reply, a link (static, or dynamic with one variable at its end) or a phone number. */
	public static class ButtonForm {

		/** {@code QUICK_REPLY}, {@code URL} or {@code PHONE_NUMBER}; blank for an unused row. */
		private String type;

		private String text;

		private String url;

		/** The example of a dynamic URL's variable. */
		private String example;

		private String phoneNumber;

		boolean isBlank() {
			return type == null || type.isBlank();
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getUrl() {
			return url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getExample() {
			return example;
		}

		public void setExample(String example) {
			this.example = example;
		}

		public String getPhoneNumber() {
			return phoneNumber;
		}

		public void setPhoneNumber(String phoneNumber) {
			this.phoneNumber = phoneNumber;
		}

	}

}
