package org.smartcityplanner.monitoring.web.kpi;

import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The layout's flash messages, as the follow-up pages use them after a redirect. */
final class Flash {

	private Flash() {
	}

	static void success(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("flashSuccess", key);
	}

	static void error(RedirectAttributes redirect, InvalidInputException e) {
		redirect.addFlashAttribute("flashError", e.messageKey());
		redirect.addFlashAttribute("flashErrorArgs", e.arguments().stream().map(String::valueOf).toArray());
	}

	static void conflict(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "monitoring.kpi.conflict");
	}
}
