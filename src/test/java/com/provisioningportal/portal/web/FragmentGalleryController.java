package com.provisioningportal.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page showing every shared fragment once, for designers and for the fragment tests. Test sources only: it
 * exists in dev mode and tests, never in the production jar.
 */
@Controller
class FragmentGalleryController implements AccessRules {

	private final Clock clock;

	FragmentGalleryController(Clock clock) {
		this.clock = clock;
	}

	/** Backs the demo form, which shows a field with an error and the error summary. */
	public static class DemoForm {

		private String displayName = "Acme <Retail>";

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

	}

	@GetMapping("/dev/fragments")
	String gallery(Model model) {
		DemoForm form = new DemoForm();
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		errors.rejectValue("displayName", "demo", "Use at most 20 characters.");
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		model.addAttribute("states", List.of("ACTIVE", "IN_PROGRESS", "PENDING_VERIFICATION", "ERROR", "INACTIVE", "SOMETHING_NEW"));
		var now = clock.instant();
		model.addAttribute("steps", List.of(
				new ProgressStep("Received from Meta", ProgressStep.Stage.DONE, now.minus(Duration.ofMinutes(4)), null),
				new ProgressStep("Verified", ProgressStep.Stage.DONE, now.minus(Duration.ofMinutes(3)), null),
				new ProgressStep("Requested at Sinch", ProgressStep.Stage.CURRENT, now.minus(Duration.ofMinutes(1)), "Sinch is setting up the number."),
				new ProgressStep("Live", ProgressStep.Stage.AHEAD, null, null)));
		model.addAttribute("sampleTime", now.minus(Duration.ofMinutes(3)));
		return "dev/fragments";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/dev/fragments", Access.SIGNED_IN));
	}

}
