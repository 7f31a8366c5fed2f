package org.smartcityplanner.engagement.web.workplan;

import java.io.IOException;

import org.smartcityplanner.engagement.internal.workplan.WorkPlan;
import org.smartcityplanner.engagement.internal.workplan.WorkPlanUseCases;
import org.smartcityplanner.identity.CurrentUser;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The province's work plan for the people working on it: coordinators (and admins) read the plan, its progress and
 * its deliverables' files; the team uploads files, asks for review, and the team lead approves or returns. The
 * province in the path is checked before this runs; every item and file id is checked to belong to the province's
 * engagement.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class ProvinceWorkPlanController {

	private final WorkPlanUseCases workPlans;
	private final WorkPlanSections sections;
	private final WorkPlanMessages messages;
	private final IdentityApi identity;

	ProvinceWorkPlanController(WorkPlanUseCases workPlans, WorkPlanSections sections, WorkPlanMessages messages,
			IdentityApi identity) {
		this.workPlans = workPlans;
		this.sections = sections;
		this.messages = messages;
		this.identity = identity;
	}

	@GetMapping("/p/{provinceCode}/engagement/work-plan")
	String page(@PathVariable String provinceCode, Model model) {
		var plan = workPlans.planOf(ProvinceCode.of(provinceCode));
		model.addAttribute("provinceCode", provinceCode);
		model.addAttribute("section", plan.map(sections::of).orElse(null));
		CurrentUser user = user();
		model.addAttribute("onTeam", plan.map(p -> p.engagement().onTeam(user.id())).orElse(false));
		model.addAttribute("isLead", plan.map(p -> p.engagement().isLead(user.id())).orElse(false));
		return "engagement/workplan/province";
	}

	@PostMapping("/p/{provinceCode}/engagement/work-plan/items/{itemId}/files")
	String upload(@PathVariable String provinceCode, @PathVariable long itemId,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		WorkPlan plan = plan(provinceCode);
		try {
			workPlans.upload(plan.engagement().id(), itemId, user().id(), file == null ? null : file.getOriginalFilename(),
					file == null || file.isEmpty() ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("flashSuccess", "workplan.file.uploaded");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("workPlanError", messages.text(e));
		}
		return "redirect:/p/" + provinceCode + "/engagement/work-plan#item-" + itemId;
	}

	@PostMapping("/p/{provinceCode}/engagement/work-plan/items/{itemId}/status")
	String status(@PathVariable String provinceCode, @PathVariable long itemId,
			@RequestParam(required = false) String status, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		WorkPlan plan = plan(provinceCode);
		var item = plan.item(itemId).orElseThrow(() -> new NotInProvinceException("itemId", itemId));
		try {
			if (item.isMilestone()) {
				workPlans.setMilestone(plan.engagement().id(), itemId, status, user().id());
			}
			else {
				workPlans.moveDeliverable(plan.engagement().id(), itemId, status, user().id(), reason);
			}
			redirect.addFlashAttribute("flashSuccess", "workplan.item.saved");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("workPlanError", messages.text(e));
		}
		return "redirect:/p/" + provinceCode + "/engagement/work-plan#item-" + itemId;
	}

	@GetMapping("/p/{provinceCode}/engagement/work-plan/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable String provinceCode, @PathVariable long fileId) {
		WorkPlan plan = plan(provinceCode);
		return DeliverableDownloads.of(workPlans.file(plan.engagement().id(), fileId)
			.orElseThrow(() -> new NotInProvinceException("fileId", fileId)));
	}

	private WorkPlan plan(String provinceCode) {
		return workPlans.planOf(ProvinceCode.of(provinceCode))
			.orElseThrow(() -> new NotInProvinceException("provinceCode", provinceCode));
	}

	private CurrentUser user() {
		return identity.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}
}
