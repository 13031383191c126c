package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Connect WhatsApp number" for specialists: send the customer a link, or run Meta's dialog now; every attempt
 * with its progress.
 */
@Controller
@RequestMapping(ConnectPages.BASE)
class ConnectController implements AccessRules {

	private final ConnectPage page;

	ConnectController(ConnectPage page) {
		this.page = page;
	}

	/** Everything under the page is for those who change channels, addresses nothing serves included. */
	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(ConnectPages.BASE, Access.CHANNELS_CHANGE),
				AccessRule.any(ConnectPages.BASE + "/**", Access.CHANNELS_CHANGE),
				AccessRule.get(ConnectPages.BASE + "/live", Access.CHANNELS_CHANGE));
	}

	@GetMapping
	String show(@PathVariable String projectId, ProjectSummary project, Model model) {
		return page.show(project, model);
	}

	/** The links and attempts alone, which the page polls while something may still move. */
	@GetMapping("/live")
	ModelAndView livePart(@PathVariable String projectId, ProjectSummary project) {
		return new ModelAndView("whatsapp/connect :: live", page.live(project));
	}

}
