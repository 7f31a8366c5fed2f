package org.smartcityplanner.participation.web.portal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.internal.portal.PortalPage;
import org.smartcityplanner.participation.internal.portal.PortalView;
import org.smartcityplanner.participation.internal.portal.PublicPortal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public portal (no account, read-only): which provinces take part, and per province its participation
 * process, the surveys open now, published results and the hearings held. The path variable is deliberately not
 * {@code provinceCode}: the province-scope check of staff pages must not apply to the public.
 */
@Controller
class PublicPortalController {

	private final PublicPortal portal;

	PublicPortalController(PublicPortal portal) {
		this.portal = portal;
	}

	@GetMapping("/public")
	String provinces(Model model) {
		model.addAttribute("provinces", portal.provincesWithProcess());
		return "participation/portal/index";
	}

	@GetMapping("/public/{code}")
	String province(@PathVariable String code, Locale locale, Model model, HttpServletResponse response) {
		PortalPage page = portal.page(code, locale).orElse(null);
		if (page == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "participation/portal/not-found";
		}
		PortalView view = page.view();
		model.addAttribute("portal", view);
		boolean ideasOpen = page.ideasOpen();
		// the ideas are linked while the tool takes ideas, or once there are public ideas to see: the portal's own
		// figures from the statistics service say so, no second count
		model.addAttribute("ideasOpen", ideasOpen);
		model.addAttribute("ideasLinked", ideasOpen || view.ideas().total() > 0);
		return "participation/portal/province";
	}
}
