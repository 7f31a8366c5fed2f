package org.smartcityplanner.participation.web;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way the module's forms save: what was posted is stored, or the form is shown again keeping what was
 * typed — with the problems by field when the input is refused, or with the other person's newer version
 * ({@code theirs}) and its version number when someone saved in between, so a second save overwrites knowingly.
 */
@Component("participationEditFlow")
public class EditFlow {

	/** A posted form that carries the version its editor saw. */
	public interface Versioned {

		void setVersion(int version);
	}

	/**
	 * Shows the form again.
	 *
	 * @param <T> what is edited
	 */
	@FunctionalInterface
	public interface FormPage<T> {

		/**
		 * @param edited what is edited, or {@code null} for a new one
		 * @param errors the problems by field, empty when there are none
		 * @return the view
		 */
		String show(T edited, Map<String, ?> errors);
	}

	private final ProblemTexts problems;

	/** Where a successful save leads: back to {@code target} with the flash message {@code messageKey}. */
	public static Supplier<String> redirect(RedirectAttributes redirect, String messageKey, String target) {
		return () -> {
			redirect.addFlashAttribute("flashSuccess", messageKey);
			return "redirect:" + target;
		};
	}

	EditFlow(ProblemTexts problems) {
		this.problems = problems;
	}

	/**
	 * Adds something new.
	 *
	 * @param save stores the form and returns what was stored
	 * @param page the form page, for a refused input
	 * @param done where to go after the save (usually a redirect with a flash message)
	 */
	public <R, T> String create(Supplier<R> save, FormPage<T> page, Function<R, String> done) {
		R saved;
		try {
			saved = save.get();
		}
		catch (InvalidInputException e) {
			return page.show(null, problems.byField(e));
		}
		return done.apply(saved);
	}

	/**
	 * Saves a change over the version the editor saw.
	 *
	 * @param edited what is edited, as stored now (read before the save)
	 * @param storedVersion its version as stored now
	 * @param form the posted form, given the stored version when someone saved in between
	 * @param save stores the form; fails on a refused input or a stale version
	 */
	public <T> String update(Model model, T edited, int storedVersion, Versioned form, Runnable save,
			FormPage<T> page, Supplier<String> done) {
		try {
			save.run();
		}
		catch (InvalidInputException e) {
			return page.show(edited, problems.byField(e));
		}
		catch (OptimisticLockingFailureException e) {
			model.addAttribute("theirs", edited);
			form.setVersion(storedVersion);
			return page.show(edited, Map.of());
		}
		return done.get();
	}
}
