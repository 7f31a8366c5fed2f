package org.smartcityplanner.participation.web.group;

import java.util.Map;

import org.smartcityplanner.participation.GroupSettings;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.ProblemTexts;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The group's letterhead, duties and target sector mix, for the province team. */
@Controller
@PreAuthorize(ParticipationAccess.MANAGERS)
class GroupSettingsController {

	private final WorkingGroupApi group;
	private final ProblemTexts problems;

	GroupSettingsController(WorkingGroupApi group, ProblemTexts problems) {
		this.group = group;
		this.problems = problems;
	}

	@GetMapping("/p/{provinceCode}/participation/group/settings")
	String edit(@PathVariable String provinceCode, Model model) {
		return form(model, SettingsForm.of(group.settings(ProvinceCode.of(provinceCode))), Map.of());
	}

	@PostMapping("/p/{provinceCode}/participation/group/settings")
	String save(@PathVariable String provinceCode, @ModelAttribute("form") SettingsForm form, Model model,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			group.saveSettings(province, form.draft(), form.getVersion());
		}
		catch (InvalidInputException e) {
			return form(model, form, problems.byField(e));
		}
		catch (OptimisticLockingFailureException e) {
			GroupSettings theirs = group.settings(province);
			model.addAttribute("theirs", theirs);
			form.setVersion(theirs.version());
			return form(model, form, Map.of());
		}
		redirect.addFlashAttribute("flashSuccess", "participation.settings.saved");
		return "redirect:/p/" + provinceCode + "/participation/group";
	}

	private String form(Model model, SettingsForm form, Map<String, ?> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("sectors", Sector.values());
		return "participation/group/settings";
	}
}
