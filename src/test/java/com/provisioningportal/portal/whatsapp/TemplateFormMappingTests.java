package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.whatsapp.TemplateForm.ButtonForm;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The form and Sinch's components, both ways, without a server: what a checked form sends is what an edit shows. */
class TemplateFormMappingTests {

	@Test
	void aCheckedFormBecomesSinchsComponentsAndTheSameFormComesBackForAnEdit() {
		TemplateForm form = form();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		TemplateValidation.check(form, errors, true);
		assertThat(errors.getAllErrors()).isEmpty();

		List<Map<String, Object>> components = TemplateFormMapping.components(form);

		assertThat(components).extracting(component -> component.get("type")).containsExactly("HEADER", "BODY", "FOOTER", "BUTTONS");
		assertThat(components.get(1)).containsEntry("examples", List.of("Ada", "A-17"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> buttons = (List<Map<String, Object>>) components.get(3).get("buttons");
		assertThat(buttons.get(0)).containsEntry("url", "https://shop.example/orders/{{1}}")
			.containsEntry("example", "https://shop.example/orders/A-17");

		TemplateFormMapping.Editable editable = TemplateFormMapping.editable(new WhatsAppTemplate("1", "APPROVED", "order_update",
				"EN_US", "UTILITY", null, null, null, new WhatsAppTemplate.Details(components, null, null), List.of(), false));

		assertThat(editable.reason()).isNull();
		TemplateForm shown = editable.form();
		assertThat(shown.getHeaderText()).isEqualTo("Order for {{1}}");
		assertThat(shown.getHeaderExample()).isEqualTo("Ada");
		assertThat(shown.getBodyExamples()).containsExactly("Ada", "A-17");
		assertThat(shown.getFooterText()).isEqualTo("Reply STOP to opt out");
		assertThat(shown.getButtons()).extracting(ButtonForm::getExample).containsExactly("A-17", null);
		assertThat(shown.getButtons()).extracting(ButtonForm::getPhoneNumber).containsExactly(null, "+4930123456");
	}

	@Test
	void anAuthenticationTemplateIsShownWithTheReasonRatherThanSimplified() {
		TemplateFormMapping.Editable editable = TemplateFormMapping.editable(new WhatsAppTemplate("1", "APPROVED", "login_code",
				"EN_US", "AUTHENTICATION", null, null, null, new WhatsAppTemplate.Details(List.of(), null, null), List.of(), false));

		assertThat(editable.form()).isNull();
		assertThat(editable.reason()).contains("authentication template");
	}

	private static TemplateForm form() {
		TemplateForm form = new TemplateForm();
		form.setName("order_update");
		form.setLanguage("EN_US");
		form.setCategory("UTILITY");
		form.setHeaderFormat("TEXT");
		form.setHeaderText("Order for {{1}}");
		form.setHeaderExample("Ada");
		form.setBodyText("Hello {{1}}, your order {{2}} is on its way.");
		form.setBodyExamples(List.of("Ada", "A-17"));
		form.setFooterText("Reply STOP to opt out");
		ButtonForm link = new ButtonForm();
		link.setType("URL");
		link.setText("Track order");
		link.setUrl("https://shop.example/orders/{{1}}");
		link.setExample("A-17");
		ButtonForm phone = new ButtonForm();
		phone.setType("PHONE_NUMBER");
		phone.setText("Call us");
		phone.setPhoneNumber("+4930123456");
		form.setButtons(List.of(link, phone));
		return form;
	}

}
