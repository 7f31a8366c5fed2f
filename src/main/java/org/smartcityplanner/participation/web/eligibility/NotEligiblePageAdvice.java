package org.smartcityplanner.participation.web.eligibility;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.domain.eligibility.EligibilityRules;
import org.smartcityplanner.reference.ReferenceApi;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A public page whose input the process's rule refuses (403): why, and the way in — the code page, coming back to
 * the page asked for, or the sign-in.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotEligiblePageAdvice {

	private final ReferenceApi reference;

	NotEligiblePageAdvice(ReferenceApi reference) {
		this.reference = reference;
	}

	@ExceptionHandler(NotEligibleException.class)
	String notEligible(NotEligibleException e, HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		String back = "GET".equals(request.getMethod()) ? request.getRequestURI() : null;
		model.addAttribute("refusalKey", e.messageKey());
		model.addAttribute("provinceName", reference.province(e.province()).map(p -> p.name()).orElse(null));
		model.addAttribute("portalLink", "/public/" + e.province().value());
		model.addAttribute("enterCodeLink", EligibilityRules.NEEDS_CODE.equals(e.messageKey())
				? "/public/" + e.province().value() + "/enter"
						+ (back == null ? "" : "?next=" + CodeEntryController.safeNext(e.province(), back)) : null);
		model.addAttribute("signIn", EligibilityRules.NEEDS_ACCOUNT.equals(e.messageKey()));
		return "participation/portal/not-eligible";
	}
}
