package org.smartcityplanner.participation.web.stakeholder;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.participation.GroupInputException;
import org.smartcityplanner.participation.domain.stakeholder.StakeholderSheet;
import org.smartcityplanner.participation.internal.stakeholder.StakeholderIntake;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.ProblemTexts;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Stakeholders who come in other than one by one, for the team: the public sign-up link (open, close), the
 * self-registrations waiting to be confirmed or turned down, and importing a CSV or XLSX sheet — previewed row by
 * row first, and saved only whole, when no row has a problem.
 */
@Controller
@PreAuthorize(ParticipationAccess.MANAGERS)
class StakeholderIntakeController {

	private static final String BASE = "/p/{provinceCode}/participation/stakeholders/intake";

	private final StakeholderIntake intake;
	private final ProblemTexts problems;

	StakeholderIntakeController(StakeholderIntake intake, ProblemTexts problems) {
		this.intake = intake;
		this.problems = problems;
	}

	@GetMapping(BASE)
	String page(@PathVariable String provinceCode, Model model) {
		return page(ProvinceCode.of(provinceCode), model);
	}

	@PostMapping(BASE + "/signup")
	String openSignup(@PathVariable String provinceCode, RedirectAttributes redirect) {
		intake.openSignup(ProvinceCode.of(provinceCode));
		return done(redirect, provinceCode, "participation.signup.opened");
	}

	@PostMapping(BASE + "/signup/close")
	String closeSignup(@PathVariable String provinceCode, RedirectAttributes redirect) {
		intake.closeSignup(ProvinceCode.of(provinceCode));
		return done(redirect, provinceCode, "participation.signup.closed");
	}

	@PostMapping(BASE + "/pending/{stakeholderId}/confirm")
	String confirm(@PathVariable String provinceCode, @PathVariable long stakeholderId,
			RedirectAttributes redirect) {
		intake.confirm(ProvinceCode.of(provinceCode), stakeholderId);
		return done(redirect, provinceCode, "participation.signup.confirmed");
	}

	@PostMapping(BASE + "/pending/{stakeholderId}/reject")
	String reject(@PathVariable String provinceCode, @PathVariable long stakeholderId, RedirectAttributes redirect) {
		intake.reject(ProvinceCode.of(provinceCode), stakeholderId);
		return done(redirect, provinceCode, "participation.signup.rejected");
	}

	/** The upload: shows the preview and saves nothing. */
	@PostMapping(BASE + "/import")
	String preview(@PathVariable String provinceCode, @RequestParam(required = false) MultipartFile file,
			Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<List<String>> records;
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("participation.import.empty");
			}
			records = SheetFiles.read(file.getOriginalFilename(), file.getBytes());
		}
		catch (InvalidInputException e) {
			model.addAttribute("fileErrors", problems.byField(e));
			return page(province, model);
		}
		catch (IOException e) {
			model.addAttribute("fileErrors", problems.byField(new InvalidInputException("participation.import.notXlsx")));
			return page(province, model);
		}
		return preview(province, records, model);
	}

	/** The confirmation: the previewed sheet, checked again, saved whole or not at all. */
	@PostMapping(BASE + "/import/confirm")
	String importSheet(@PathVariable String provinceCode, @RequestParam String sheet, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<List<String>> records;
		try {
			records = SheetFiles.csv(sheet);
		}
		catch (InvalidInputException e) {
			model.addAttribute("fileErrors", problems.byField(e));
			return page(province, model);
		}
		int saved;
		try {
			saved = intake.importSheet(province, records);
		}
		catch (InvalidInputException e) {
			return preview(province, records, model);
		}
		redirect.addFlashAttribute("flashSuccess", "participation.import.saved");
		redirect.addFlashAttribute("importedCount", saved);
		return "redirect:/p/" + provinceCode + "/participation/stakeholders";
	}

	private String preview(ProvinceCode province, List<List<String>> records, Model model) {
		List<StakeholderSheet.Row> rows = intake.preview(records);
		model.addAttribute("rows", rows);
		model.addAttribute("rowErrors", rows.stream().filter(row -> !row.valid())
			.collect(Collectors.toMap(StakeholderSheet.Row::number,
					row -> problems.byField(new GroupInputException(row.problems())), (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("valid", rows.stream().allMatch(StakeholderSheet.Row::valid));
		model.addAttribute("sheet", SheetFiles.toCsv(records));
		return "participation/stakeholder/import-preview";
	}

	private String page(ProvinceCode province, Model model) {
		model.addAttribute("pending", intake.pending(province));
		model.addAttribute("signupLink", intake.signupKey(province).map(key -> ServletUriComponentsBuilder
			.fromCurrentContextPath().path("/participation/join/{key}").buildAndExpand(key).toUriString()).orElse(null));
		model.addAttribute("columns", StakeholderSheet.COLUMNS);
		model.addAttribute("errors", Map.of());
		return "participation/stakeholder/intake";
	}

	private static String done(RedirectAttributes redirect, String provinceCode, String message) {
		redirect.addFlashAttribute("flashSuccess", message);
		return "redirect:/p/" + provinceCode + "/participation/stakeholders/intake";
	}
}
