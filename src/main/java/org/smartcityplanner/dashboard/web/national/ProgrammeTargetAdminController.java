package org.smartcityplanner.dashboard.web.national;

import org.smartcityplanner.dashboard.internal.national.ProgrammeTargets;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins keep the programme's targets (reference data with its source and a "to confirm" flag). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProgrammeTargetAdminController {

	private static final String LIST = "/admin/national/targets";

	private final ProgrammeTargets targets;
	private final NationalMessages messages;

	ProgrammeTargetAdminController(ProgrammeTargets targets, NationalMessages messages) {
		this.targets = targets;
		this.messages = messages;
	}

	/**
	 * A target as typed: numbers as text so a letter typed in them is refused with the field's name, not a 400.
	 *
	 * @param year B.E. year
	 * @param areas areas
	 * @param provinces provinces, may be blank
	 * @param source source
	 * @param toConfirm flag
	 * @param version the target's version when editing
	 */
	record TargetForm(String year, String areas, String provinces, String source, Boolean toConfirm, Integer version)
			implements java.io.Serializable {

		TargetForm {
			// an unticked box and a new target's form send nothing
			toConfirm = Boolean.TRUE.equals(toConfirm);
			version = version == null ? 0 : version;
		}

		ProgrammeTargets.Input input() {
			return new ProgrammeTargets.Input(number(year, "national.target.yearField"),
					number(areas, "national.target.areasField"), number(provinces, "national.target.provincesField"),
					source, toConfirm);
		}

		private static Integer number(String text, String field) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new InvalidInputException("national.target.notANumber", field, text.strip());
			}
		}
	}

	@GetMapping(LIST)
	String list(Model model) {
		model.addAttribute("targets", targets.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TargetForm("", "", "", "", true, 0));
		}
		return "dashboard/targets";
	}

	@PostMapping(LIST)
	String create(TargetForm form, RedirectAttributes redirect) {
		return messages.change(redirect, LIST, LIST, form, () -> targets.create(form.input()));
	}

	@PostMapping(LIST + "/{year}")
	String update(@PathVariable int year, TargetForm form, RedirectAttributes redirect) {
		return messages.change(redirect, LIST, LIST, null, () -> targets.update(year, form.input(), form.version()));
	}
}
