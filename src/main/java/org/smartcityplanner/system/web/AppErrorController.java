package org.smartcityplanner.system.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error ends here: API paths get {@code application/problem+json}, pages get the error page, both in the
 * user's language and never with a stack trace.
 */
@Controller
class AppErrorController implements ErrorController {

	private final MessageSource messages;

	AppErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		if (isApi(request)) {
			return "forward:/error/problem";
		}
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("known", ErrorMessages.isKnown(status.value()));
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = statusOf(request);
		int code = ErrorMessages.isKnown(status.value()) ? status.value() : (status.is4xxClientError() ? 400 : 500);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("error." + code + ".message", null, locale));
		problem.setTitle(messages.getMessage("error." + code + ".title", null, locale));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(URI.create(uri.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@RequestMapping("/error/problem")
	ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request, Locale locale) {
		return problem(request, locale);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
