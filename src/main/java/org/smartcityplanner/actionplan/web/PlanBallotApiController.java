package org.smartcityplanner.actionplan.web;

import static org.smartcityplanner.actionplan.web.ActionPlanPages.API;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.actionplan.BallotRequest;
import org.smartcityplanner.actionplan.OpenedBallot;
import org.smartcityplanner.actionplan.PublicSupport;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participatory-budgeting ballots on plan projects, and the public-support scores their outcome gave. Money in
 * requests is decimal baht (at most two decimals); in responses satang.
 */
@RestController
@Tag(name = "Action plan", description = "Budget sources, project budgets, portfolio optimiser and fiscal-year action plan")
class PlanBallotApiController {

	private final ActionPlanUseCases actionPlans;

	PlanBallotApiController(ActionPlanUseCases actionPlans) {
		this.actionPlans = actionPlans;
	}

	/** A ballot to open on plan projects. */
	record PlanBallotBody(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
					example = "ลงคะแนนเลือกโครงการ ปีงบประมาณ 2570") String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) BallotKind kind,
			@Schema(description = "The most projects one ballot may tick; K_APPROVAL only") Integer maxChoices,
			@Schema(description = "Baht to share out; leave out for every source's envelope of the plan's first "
					+ "fiscal year together") BigDecimal budget,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "Plan project ids, at least two, in the order to show them") List<String> projectIds) {

		BallotRequest toRequest() {
			return new BallotRequest(title, kind, maxChoices, budget == null ? null : Baht.checked(budget, "budget"),
					projectIds);
		}
	}

	/**
	 * The ballot participation created (not yet open for votes).
	 *
	 * @param ballotId the participation ballot
	 * @param ballotPage where staff open it, enter paper ballots and close it
	 */
	record PlanBallotCreated(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long ballotId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ballotPage) {
	}

	@PostMapping(API + "/ballots")
	@PreAuthorize(ActionPlanPages.EDITORS)
	@Operation(summary = "Put plan projects to a participatory-budgeting vote; participation creates the ballot")
	ResponseEntity<PlanBallotCreated> open(@PathVariable String provinceCode, @RequestBody PlanBallotBody body) {
		long ballotId = actionPlans.openBallot(ProvinceCode.of(provinceCode), body.toRequest());
		String page = PlanBallotController.ballotPage(provinceCode, ballotId);
		return ResponseEntity.status(HttpStatus.CREATED).body(new PlanBallotCreated(ballotId, page));
	}

	@GetMapping(API + "/ballots")
	@Operation(summary = "The ballots the action plan opened, newest first")
	List<OpenedBallot> ballots(@PathVariable String provinceCode) {
		return actionPlans.ballots(ProvinceCode.of(provinceCode));
	}

	@GetMapping(API + "/public-support")
	@Operation(summary = "Each project's public-support score with the ballot it came from, by project id")
	Map<String, PublicSupport> publicSupport(@PathVariable String provinceCode) {
		return actionPlans.publicSupport(ProvinceCode.of(provinceCode));
	}
}
