package org.smartcityplanner.engagement.web.workplan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.smartcityplanner.engagement.internal.workplan.HolidayUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public holidays work-plan due dates avoid. Fixed-date holidays are listed already; the admin adds the
 * holidays that move with the lunar calendar and the substitution days once the cabinet announces them.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HolidayController {

	private final HolidayUseCases holidays;
	private final WorkPlanMessages messages;

	HolidayController(HolidayUseCases holidays, WorkPlanMessages messages) {
		this.holidays = holidays;
		this.messages = messages;
	}

	@GetMapping("/admin/holidays")
	String page(Model model) {
		model.addAttribute("holidays", holidays.holidays());
		return "engagement/workplan/holidays";
	}

	@PostMapping("/admin/holidays")
	String add(@RequestParam(required = false) String date, @RequestParam(required = false) String nameTh,
			@RequestParam(required = false) String nameEn, RedirectAttributes redirect) {
		try {
			holidays.add(parse(date), nameTh, nameEn);
			redirect.addFlashAttribute("flashSuccess", "workplan.holiday.added");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("workPlanError", messages.text(e));
			redirect.addFlashAttribute("holidayNameTh", nameTh);
			redirect.addFlashAttribute("holidayNameEn", nameEn);
		}
		return "redirect:/admin/holidays";
	}

	@PostMapping("/admin/holidays/{holidayId}/remove")
	String remove(@PathVariable long holidayId, RedirectAttributes redirect) {
		holidays.remove(holidayId);
		redirect.addFlashAttribute("flashSuccess", "workplan.holiday.removed");
		return "redirect:/admin/holidays";
	}

	private static LocalDate parse(String date) {
		try {
			return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("workplan.holiday.invalid.date");
		}
	}
}
