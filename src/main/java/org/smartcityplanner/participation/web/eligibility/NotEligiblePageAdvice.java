package org.smartcityplanner.participation.web.eligibility;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.domain.eligibility.EligibilityRules;
import org.smartcityplanner.reference.ReferenceApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A public page whose input the process's rule refuses (403): why, and the way in — the code page, coming back to
 * the page asked for, or the sign-in. The public API's controllers are controllers too, so their refusals arrive
 * here as well: they get the same 403 as problem+json in the caller's language, naming the refusal in {@code code}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotEligiblePageAdvice {

	private final ReferenceApi reference;
	private final MessageSource messages;

	NotEligiblePageAdvice(ReferenceApi reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	@ExceptionHandler(NotEligibleException.class)
	Object notEligible(NotEligibleException e, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Locale locale = LocaleContextHolder.getLocale();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					messages.getMessage(e.messageKey(), null, e.messageKey(), locale));
			problem.setTitle(messages.getMessage("error.403.title", null, "", locale));
			problem.setProperty("code", e.messageKey());
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
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
