package org.smartcityplanner.dashboard.web.national;

import java.util.Locale;

import org.smartcityplanner.dashboard.domain.Stage;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Texts of the national pages in the user's language, and the one way their forms report a refusal: the reason
 * (naming the field) as a flash message, the typed values kept so nothing typed is lost.
 */
@Component
class NationalMessages {

	private final MessageSource messages;

	NationalMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	String stage(Stage stage, Locale locale) {
		return messages.getMessage("national.stage." + stage.name(), null, stage.name(), locale);
	}

	/** A refusal's text; arguments that are message keys (field names) are said in the user's language too. */
	String text(InvalidInputException refused) {
		Object[] args = refused.arguments().stream()
			.map(arg -> arg instanceof String key && key.startsWith("national.") ? text(key) : arg).toArray();
		return text(refused.messageKey(), args);
	}

	/**
	 * Runs a change and redirects: to {@code done} with a success message, or back to {@code retry} with the
	 * refusal and the typed {@code form} (kept in the session until shown, so it must be serializable).
	 */
	String change(RedirectAttributes redirect, String done, String retry, Object form, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashSuccess", "national.saved");
			return "redirect:" + done;
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("refusal", text(refused));
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("refusal", text("national.conflict"));
		}
		redirect.addFlashAttribute("form", form);
		return "redirect:" + retry;
	}
}
