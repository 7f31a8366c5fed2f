package org.smartcityplanner.participation.web.idea;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaSummary;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.idea.IdeaDecisions;
import org.smartcityplanner.participation.internal.stats.AnswerRatings;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's moderation and decisions on ideas over the API: the same steps, rules and audit as the idea's page.
 * The working group reads; the province team hides, restores, accepts and declines. Each step carries the version
 * the caller read (409 when the idea changed since); refusals are problem+json naming the field.
 */
@RestController
@Tag(name = "Ideas (staff)", description = "Moderation of the public's ideas and the province's answer to each")
@PreAuthorize(ParticipationAccess.READERS)
class StaffIdeasApiController {

	static final String BASE = "/api/v1/provinces/{provinceCode}/ideas";

	private final IdeaApi ideas;
	private final IdeaDecisions decisions;
	private final AnswerRatings ratings;
	private final ApiProblems problems;
	private final StaffIdeaChoices choices;

	StaffIdeasApiController(IdeaApi ideas, IdeaDecisions decisions, AnswerRatings ratings, ApiProblems problems,
			StaffIdeaChoices choices) {
		this.ideas = ideas;
		this.choices = choices;
		this.decisions = decisions;
		this.ratings = ratings;
		this.problems = problems;
	}

	@Schema(name = "IdeaStepRequest", description = "Restores a hidden idea")
	record Step(@Schema(requiredMode = REQUIRED, description = "The idea's version as read") Integer version) {
	}

	@Schema(name = "IdeaReasonRequest", description = "Hides or declines an idea with a reason")
	record WithReason(@Schema(requiredMode = REQUIRED, description = "The idea's version as read") Integer version,
			@Schema(requiredMode = REQUIRED, description = "Why: a hidden idea's reason appears in its public"
					+ " history; a decline's reason is the answer its author sees", maxLength = 2000) String reason) {
	}

	@Schema(name = "IdeaAcceptRequest", description = "Accepts an idea as a plan item of the province")
	record Accept(@Schema(requiredMode = REQUIRED, description = "The idea's version as read") Integer version,
			@Schema(requiredMode = REQUIRED, example = "plan.item:3f1c9a52-8d4e-4c1b-9f0a-2b7e6d5c4a31",
					description = "The plan item it became, as listed by .../ideas/plan-items") String planItem) {
	}

	@GetMapping(BASE)
	@Operation(summary = "The province's ideas, newest first, hidden ones included; without status, the moderation"
			+ " queue (ideas awaiting a decision). 400 names a filter value that names nothing")
	PageOf<IdeaSummary> list(@Parameter(example = "TH-65") @PathVariable String provinceCode,
			@Parameter(schema = @Schema(allowableValues = { "PUBLISHED", "HIDDEN", "ACCEPTED", "DECLINED", "ALL" }))
			@RequestParam(required = false) String status, @RequestParam(required = false) String dimension,
			@RequestParam(required = false) String area, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		StaffIdeaFilter filter = StaffIdeaFilter.read(status, dimension, area, choices.dimensionCodes(),
				choices.areaIds(province));
		if (!filter.problems().isEmpty()) {
			throw new InputProblemsException(filter.problems());
		}
		return ideas.list(province, filter.toFilter(), Paging.of(page, size));
	}

	@GetMapping(BASE + "/{ideaId}")
	@Operation(summary = "One idea as staff see it, with the version a step must carry; 404 for another province's")
	IdeaView idea(@PathVariable String provinceCode, @PathVariable long ideaId) {
		return ideas.find(ProvinceCode.of(provinceCode), ideaId)
			.orElseThrow(() -> new NotInProvinceException("ideaId", ideaId));
	}

	@GetMapping(BASE + "/plan-items")
	@Operation(summary = "The plan items an idea can become: the plan's goals, strategies and projects in plan order")
	List<PlanItemChoice> planItems(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return decisions.planItems(ProvinceCode.of(provinceCode));
	}

	@GetMapping(BASE + "/ratings")
	@Operation(summary = "How the authors rated the answers: ideas answered, answers rated, the mean rating (1–5)")
	AnswerRatings.Figures ratings(@PathVariable String provinceCode) {
		return ratings.of(ProvinceCode.of(provinceCode));
	}

	@PostMapping(BASE + "/{ideaId}/hide")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Takes a published idea off the public list with a reason (audited; in its public history"
			+ " without the moderator's name); 400 names reason, 404 for another province's idea, 409 when stale")
	IdeaView hide(@PathVariable String provinceCode, @PathVariable long ideaId,
			@RequestBody(required = false) WithReason body) {
		WithReason request = body == null ? new WithReason(null, null) : body;
		return ideas.hide(ProvinceCode.of(provinceCode), ideaId, version(request.version()), request.reason());
	}

	@PostMapping(BASE + "/{ideaId}/restore")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Puts a hidden idea back on the public list (audited); 400 when it is not hidden, 409 when"
			+ " stale")
	IdeaView restore(@PathVariable String provinceCode, @PathVariable long ideaId,
			@RequestBody(required = false) Step body) {
		return ideas.restore(ProvinceCode.of(provinceCode), ideaId, version(body == null ? null : body.version()));
	}

	@PostMapping(BASE + "/{ideaId}/accept")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Accepts an idea as the plan item it became; the plan links the item back to the idea."
			+ " 404 names planItem when it is not an item of this province's plan (nothing is stored)")
	IdeaView accept(@PathVariable String provinceCode, @PathVariable long ideaId,
			@RequestBody(required = false) Accept body) {
		Accept request = body == null ? new Accept(null, null) : body;
		return decisions.accept(ProvinceCode.of(provinceCode), ideaId, version(request.version()),
				request.planItem());
	}

	@PostMapping(BASE + "/{ideaId}/decline")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Declines an idea with the reason its author sees through their personal link; 400 names"
			+ " reason when it is missing")
	IdeaView decline(@PathVariable String provinceCode, @PathVariable long ideaId,
			@RequestBody(required = false) WithReason body) {
		WithReason request = body == null ? new WithReason(null, null) : body;
		return ideas.decline(ProvinceCode.of(provinceCode), ideaId, version(request.version()), request.reason());
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}

	/** Every step states the version it was read at: a step on a guess could overwrite someone else's decision. */
	private static int version(Integer version) {
		if (version == null) {
			throw new InputProblemsException(List.of(Problem.of("version", "participation.idea.staff.versionRequired")));
		}
		return version;
	}
}
