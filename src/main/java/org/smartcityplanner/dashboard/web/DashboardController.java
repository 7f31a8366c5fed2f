package org.smartcityplanner.dashboard.web;

import org.smartcityplanner.dashboard.ProvinceOverviews;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Home page (the user's provinces) and one province's overview.
 */
@Controller
class DashboardController {

	private final ProvinceOverviews overviews;
	private final IdentityApi identity;

	DashboardController(ProvinceOverviews overviews, IdentityApi identity) {
		this.overviews = overviews;
		this.identity = identity;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("overviews", overviews.forUser(identity.currentUser().orElseThrow()));
		return "dashboard/home";
	}

	@GetMapping("/p/{provinceCode}")
	String province(@PathVariable String provinceCode, Model model) {
		model.addAttribute("overview", overviews.of(ProvinceCode.of(provinceCode))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "dashboard/province";
	}

	/** The header's province switcher without JavaScript: the select's value is the target path. */
	@GetMapping("/switch-province")
	String switchProvince(@RequestParam(defaultValue = "") String code) {
		String candidate = code.startsWith("/p/") ? code.substring(3) : code;
		if (!ProvinceCode.isValid(candidate)) {
			return "redirect:/";
		}
		return "redirect:/p/" + ProvinceCode.of(candidate).value();
	}
}
