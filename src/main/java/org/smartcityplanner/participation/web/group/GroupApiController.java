package org.smartcityplanner.participation.web.group;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.participation.AppointmentOrder;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.GroupSettings;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.OrderDraft;
import org.smartcityplanner.participation.SettingsDraft;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.WorkingGroupDocuments;
import org.smartcityplanner.participation.WorkingGroupFigures;
import org.smartcityplanner.participation.domain.group.OrderDiff;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participation: working group", description = "Members of the six sectors, the target mix and its "
		+ "balance, appointment orders and their revisions (DOCX/PDF)")
@PreAuthorize(ParticipationAccess.MANAGERS)
class GroupApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/participation/group";

	private final WorkingGroupApi group;
	private final WorkingGroupDocuments documents;

	GroupApiController(WorkingGroupApi group, WorkingGroupDocuments documents) {
		this.group = group;
		this.documents = documents;
	}

	/** The whole group as one document. */
	record GroupView(GroupSettings settings, List<GroupMember> members, List<GroupMember> formerMembers,
			WorkingGroupFigures figures, List<AppointmentOrder> orders) {
	}

	record MemberChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fullName,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String position,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String organisation,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ACADEMIA") String sector,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "MEMBER") String role,
			@Schema(description = "the version read; required when changing a member") Integer version) {

		MemberDraft draft() {
			return new MemberDraft(fullName, position, organisation, sector, role);
		}
	}

	record SettingsChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SettingsDraft settings,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int version) {
	}

	record Version(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int version) {
	}

	@GetMapping(BASE)
	@PreAuthorize(ParticipationAccess.READERS)
	@Operation(summary = "Settings, current and former members, figures with the sector balance, and orders")
	GroupView group(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return new GroupView(group.settings(province), group.currentMembers(province), group.formerMembers(province),
				group.figures(province), group.orders(province));
	}

	@PutMapping(BASE + "/settings")
	@Operation(summary = "Letterhead, duties and target per sector; 409 when someone saved first")
	GroupSettings settings(@PathVariable String provinceCode, @RequestBody SettingsChange change) {
		return group.saveSettings(ProvinceCode.of(provinceCode),
				change.settings() == null ? new SettingsDraft(null, null, null, null) : change.settings(),
				change.version());
	}

	@PostMapping(BASE + "/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a member (joins today); 400 names the wrong field")
	GroupMember add(@PathVariable String provinceCode, @RequestBody MemberChange member) {
		return group.addMember(ProvinceCode.of(provinceCode), member.draft());
	}

	@PutMapping(BASE + "/members/{memberId}")
	@Operation(summary = "Changes a member; 409 when someone changed it first, 404 for another province's member")
	GroupMember update(@PathVariable String provinceCode, @PathVariable long memberId,
			@RequestBody MemberChange member) {
		if (member.version() == null) {
			throw new org.smartcityplanner.participation.GroupInputException(List.of(
					org.smartcityplanner.participation.domain.group.Problem.of("version", "participation.field.version.required")));
		}
		return group.updateMember(ProvinceCode.of(provinceCode), memberId, member.draft(), member.version());
	}

	@PostMapping(BASE + "/members/{memberId}/leave")
	@Operation(summary = "The member leaves the group today; kept in the history")
	GroupMember leave(@PathVariable String provinceCode, @PathVariable long memberId, @RequestBody Version version) {
		return group.memberLeaves(ProvinceCode.of(provinceCode), memberId, version.version());
	}

	@PostMapping(BASE + "/orders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issues the next appointment order (first or revision) appointing the current members")
	AppointmentOrder issue(@PathVariable String provinceCode, @RequestBody OrderDraft order) {
		return group.issueOrder(ProvinceCode.of(provinceCode), order);
	}

	@GetMapping(BASE + "/orders/{orderId}/changes")
	@PreAuthorize(ParticipationAccess.READERS)
	@Operation(summary = "Who joined, left or changed role with this order")
	OrderDiff.Result changes(@PathVariable String provinceCode, @PathVariable long orderId) {
		return group.changesOf(ProvinceCode.of(provinceCode), orderId);
	}

	@GetMapping(value = BASE + "/orders/{orderId}/order.docx")
	@PreAuthorize(ParticipationAccess.READERS)
	@Operation(summary = "The order as a Word file")
	ResponseEntity<byte[]> docx(@PathVariable String provinceCode, @PathVariable long orderId) {
		return OrderController.file(documents.orderDocx(ProvinceCode.of(provinceCode), orderId), OrderController.DOCX,
				"appointment-order-" + orderId + ".docx");
	}

	@GetMapping(value = BASE + "/orders/{orderId}/order.pdf")
	@PreAuthorize(ParticipationAccess.READERS)
	@Operation(summary = "The order as a PDF; 503 when this node has no PDF engine")
	ResponseEntity<byte[]> pdf(@PathVariable String provinceCode, @PathVariable long orderId) {
		try {
			return OrderController.file(documents.orderPdf(ProvinceCode.of(provinceCode), orderId),
					MediaType.APPLICATION_PDF, "appointment-order-" + orderId + ".pdf");
		}
		catch (org.smartcityplanner.publication.PdfNotAvailableException e) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"No PDF engine on this node; the Word file works", e);
		}
	}
}
