package org.smartcityplanner.participation.web.group;

import java.util.Map;

import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.EditFlow;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working group page (members, sector balance, orders, former members) for the team and the group's members,
 * and adding, changing and retiring members for the team. A change over someone else's newer one shows the form
 * again with their version and keeps what was typed.
 */
@Controller
@PreAuthorize(ParticipationAccess.MANAGERS)
class GroupController {

	static final org.springframework.http.MediaType XLSX = org.springframework.http.MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final WorkingGroupApi group;
	private final org.smartcityplanner.participation.WorkingGroupDocuments documents;
	private final EditFlow edits;

	GroupController(WorkingGroupApi group, org.smartcityplanner.participation.WorkingGroupDocuments documents,
			EditFlow edits) {
		this.group = group;
		this.documents = documents;
		this.edits = edits;
	}

	@GetMapping("/p/{provinceCode}/participation/group")
	@PreAuthorize(ParticipationAccess.READERS)
	String show(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		model.addAttribute("settings", group.settings(province));
		model.addAttribute("members", group.currentMembers(province));
		model.addAttribute("former", group.formerMembers(province));
		model.addAttribute("figures", group.figures(province));
		model.addAttribute("orders", group.orders(province));
		return "participation/group/group";
	}

	@GetMapping("/p/{provinceCode}/participation/group/members.xlsx")
	@PreAuthorize(ParticipationAccess.READERS)
	org.springframework.http.ResponseEntity<byte[]> membersXlsx(@PathVariable String provinceCode) {
		return OrderController.file(documents.membersXlsx(ProvinceCode.of(provinceCode)), XLSX, "working-group.xlsx");
	}

	@GetMapping("/p/{provinceCode}/participation/group/members/new")
	String newMember(@PathVariable String provinceCode, Model model) {
		return form(model, new MemberForm(), null, Map.of());
	}

	@PostMapping("/p/{provinceCode}/participation/group/members")
	String add(@PathVariable String provinceCode, @ModelAttribute("form") MemberForm form, Model model,
			RedirectAttributes redirect) {
		return edits.create(() -> group.addMember(ProvinceCode.of(provinceCode), form.draft()),
				(GroupMember member, Map<String, ?> errors) -> form(model, form, member, errors),
				added -> EditFlow.redirect(redirect, "participation.member.added", groupPage(provinceCode)).get());
	}

	@GetMapping("/p/{provinceCode}/participation/group/members/{memberId}")
	String edit(@PathVariable String provinceCode, @PathVariable long memberId, Model model) {
		GroupMember member = group.member(ProvinceCode.of(provinceCode), memberId);
		return form(model, MemberForm.of(member), member, Map.of());
	}

	@PostMapping("/p/{provinceCode}/participation/group/members/{memberId}")
	String update(@PathVariable String provinceCode, @PathVariable long memberId,
			@ModelAttribute("form") MemberForm form, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		GroupMember member = group.member(province, memberId);
		return edits.update(model, member, member.version(), form,
				() -> group.updateMember(province, memberId, form.draft(), form.getVersion()),
				(edited, errors) -> form(model, form, edited, errors),
				EditFlow.redirect(redirect, "participation.member.saved", groupPage(provinceCode)));
	}

	@PostMapping("/p/{provinceCode}/participation/group/members/{memberId}/leave")
	String leave(@PathVariable String provinceCode, @PathVariable long memberId, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			group.memberLeaves(ProvinceCode.of(provinceCode), memberId, version);
			redirect.addFlashAttribute("flashSuccess", "participation.member.left");
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("flashError", "participation.member.changedMeanwhile");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
		}
		return "redirect:/p/" + provinceCode + "/participation/group";
	}

	private static String groupPage(String provinceCode) {
		return "/p/" + provinceCode + "/participation/group";
	}

	private String form(Model model, MemberForm form, GroupMember member, Map<String, ?> errors) {
		model.addAttribute("form", form);
		model.addAttribute("member", member);
		model.addAttribute("errors", errors);
		return "participation/group/member-form";
	}
}
