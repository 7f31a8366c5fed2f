package org.smartcityplanner.plan.web;

import static org.smartcityplanner.plan.web.PlanController.EDITORS;
import static org.smartcityplanner.plan.web.PlanController.REOPENERS;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.StatusChange;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan's approval flow and saved versions over the API: the same steps as the plan page, with the same rules
 * (an approved plan leaves its status only through the audited reopen, by a coordinator or an admin).
 */
@RestController
@Tag(name = "Master plan", description = "A province's Smart City Master Plan")
class PlanApprovalApiController {

	private final PlanUseCases plans;
	private final MessageSource messages;

	PlanApprovalApiController(PlanUseCases plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	/**
	 * Where the plan stands in its approval flow.
	 *
	 * @param status the status now
	 * @param planVersion the plan's version, to send with a status change or a reopen
	 * @param revisionNumber 1 at first, one more each time an approved plan was reopened
	 * @param editable whether the plan's content may be changed now
	 * @param next the statuses it may move to with POST .../plan/status
	 * @param canReopen whether the caller may reopen it now with POST .../plan/reopen
	 * @param history the steps so far, newest first
	 */
	record ApprovalState(PlanStatus status, int planVersion, int revisionNumber, boolean editable,
			Set<PlanStatus> next, boolean canReopen, List<StatusChange> history) {
	}

	/**
	 * A step along the approval flow.
	 *
	 * @param target the status to move to
	 * @param version the plan version the caller read
	 */
	record StatusStep(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlanStatus target,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	/** @param version the plan version the caller read */
	record Reopen(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
	}

	/** @param name the version's name, up to 200 characters */
	record NewVersion(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/status")
	@Operation(summary = "The plan's approval status, the steps it may take and its history")
	ApprovalState status(@PathVariable String provinceCode) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		PlanHeader header = require(province).header();
		Set<PlanStatus> next = plans.nextSteps(province);
		return new ApprovalState(header.status(), header.version(), header.revisionNumber(), header.editable(), next,
				plans.canReopen(province), plans.statusHistory(province));
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/status")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Move the plan along its approval flow (not out of APPROVED: use reopen)")
	void changeStatus(@PathVariable String provinceCode, @RequestBody StatusStep step) {
		if (step.target() == null) {
			throw new InvalidInputException("api.fieldRequired", "target");
		}
		plans.changeStatus(ProvinceCode.of(provinceCode), requireVersion(step.version()), step.target());
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/reopen")
	@PreAuthorize(REOPENERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Reopen an approved plan as a new draft (coordinators and admins; audited; the approved "
			+ "content is kept as a saved version)")
	void reopen(@PathVariable String provinceCode, @RequestBody Reopen reopen) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		int revision = require(province).header().revisionNumber();
		String snapshotName = messages.getMessage("plan.reopen.snapshotName", new Object[] { String.valueOf(revision) },
				LocaleContextHolder.getLocale());
		plans.reopen(province, requireVersion(reopen.version()), snapshotName);
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/versions")
	@Operation(summary = "The plan's saved versions, newest first")
	List<PlanVersionSummary> versions(@PathVariable String provinceCode) {
		return plans.versions(ProvinceCode.of(provinceCode));
	}

	@PostMapping("/api/v1/provinces/{provinceCode}/plan/versions")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save the plan as it is now under a name")
	PlanVersionSummary saveVersion(@PathVariable String provinceCode, @RequestBody NewVersion version) {
		return plans.saveVersion(ProvinceCode.of(provinceCode), version.name());
	}

	private LoadedPlan require(ProvinceCode province) {
		return plans.plan(province).orElseThrow(PlanWeb::notFound);
	}

	private static int requireVersion(Integer version) {
		if (version == null) {
			throw new InvalidInputException("api.fieldRequired", "version");
		}
		return version;
	}
}
