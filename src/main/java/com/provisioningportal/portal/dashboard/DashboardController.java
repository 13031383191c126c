package com.provisioningportal.portal.dashboard;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController implements AccessRules {

	@GetMapping("/")
	String home() {
		return "dashboard/home";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/", Access.SIGNED_IN));
	}

}
