package org.smartcityplanner.participation.web.opinion;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.domain.opinion.VoteValue;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.OpinionAnalyses;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.internal.opinion.VoteOutcome;
import org.smartcityplanner.participation.web.idea.ParticipantKeys;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The opinion map for the public over the API, without an account: the shown statements, a vote (one per
 * participant and statement, changeable), a proposed statement (idempotent, behind the public-form guard) and the
 * published map. The participant is who the province's participation rule says ({@link ParticipantKeys}).
 */
@RestController
@Tag(name = "Public opinion map", description = "Vote agree / disagree / pass on short statements (no account)")
class PublicOpinionApiController {

	private static final String BASE = "/api/v1/public/{code}/opinions/{id}";

	private final OpinionService opinions;
	private final OpinionAnalyses analyses;
	private final ReferenceApi reference;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ApiProblems problems;
	private final Clock clock;

	PublicOpinionApiController(OpinionService opinions, OpinionAnalyses analyses, ReferenceApi reference,
			ParticipantKeys participants, PublicFormGuard guard, ApiProblems problems, Clock clock) {
		this.opinions = opinions;
		this.analyses = analyses;
		this.reference = reference;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
		this.clock = clock;
	}

	/**
	 * A conversation as the public sees it.
	 *
	 * @param stamp the stamp to send a statement with
	 */
	record PublicConversation(long id, String topic, String description, boolean takesVotes,
			boolean citizenStatements, List<OpinionRequests.StatementBody> statements, String stamp) {
	}

	@GetMapping(BASE)
	@SecurityRequirements
	@Operation(summary = "The conversation's shown statements, whether it takes votes, and a stamp to propose a "
			+ "statement with; 404 for no such conversation in the province")
	PublicConversation conversation(@PathVariable String code, @PathVariable long id) {
		Conversation c = opinions.conversation(province(code), id);
		return new PublicConversation(c.id(), c.topic(), c.description(), opinions.takesVotes(c),
				c.citizenStatements(), opinions.shownStatements(c.province(), id).stream()
					.map(OpinionRequests.StatementBody::of).toList(),
				guard.formStamp(PublicOpinionController.FORM, clock.instant()));
	}

	@PostMapping(value = BASE + "/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirements
	@Operation(summary = "Votes agree, disagree or pass on a shown statement (a second vote changes the first): 200;"
			+ " 400 names vote or statementId; 404 for a statement not shown in this conversation; 409 closed")
	ResponseEntity<?> vote(@PathVariable String code, @PathVariable long id,
			@RequestBody(required = false) OpinionRequests.NewVote body, HttpServletRequest request) {
		ProvinceCode province = province(code);
		VoteValue value = VoteValue.parse(body == null ? null : body.vote()).orElse(null);
		if (body == null || body.statementId() == null) {
			throw new InputProblemsException(List.of(Problem.of("statementId", "opinion.problem.statement.invalid")));
		}
		if (value == null) {
			throw new InputProblemsException(List.of(Problem.of("vote", "opinion.problem.vote.invalid")));
		}
		VoteOutcome outcome = opinions.vote(province, id, body.statementId(), value, participants.of(request));
		return outcome(outcome);
	}

	@PostMapping(value = BASE + "/statements", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirements
	@Operation(summary = "Proposes a statement, shown after moderation: 201 stored, 200 the same idempotencyKey "
			+ "before, 400 names text, 409 closed, 422 sent too fast or with a stale stamp, 429 too many")
	ResponseEntity<?> propose(@PathVariable String code, @PathVariable long id,
			@RequestBody(required = false) OpinionRequests.CitizenStatement body, HttpServletRequest request) {
		ProvinceCode province = province(code);
		var sent = body == null ? new OpinionRequests.CitizenStatement(null, null, null, null) : body;
		opinions.conversation(province, id);
		PublicFormGuard.Verdict verdict = guard.judge(PublicOpinionController.FORM, request.getRemoteAddr(),
				sent.website(), sent.stamp());
		if (verdict == PublicFormGuard.Verdict.RATE_LIMITED) {
			return problems.of(HttpStatus.TOO_MANY_REQUESTS, List.of(Problem.of(null,
					"participation.idea.public.rateLimited", PublicFormGuard.WINDOW_MINUTES)));
		}
		if (verdict != PublicFormGuard.Verdict.PASS) {
			return problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
					List.of(Problem.of("stamp", "participation.idea.public.tooFast")));
		}
		VoteOutcome outcome = opinions.propose(province, id, sent.text(), sent.idempotencyKey(),
				participants.of(request));
		if (outcome == VoteOutcome.STORED) {
			return ResponseEntity.status(HttpStatus.CREATED).body(new OpinionRequests.Outcome(outcome.name()));
		}
		return outcome(outcome);
	}

	@GetMapping(BASE + "/analysis")
	@SecurityRequirements
	@Operation(summary = "The published map; 404 while staff have not published one")
	OpinionResults analysis(@PathVariable String code, @PathVariable long id) {
		ProvinceCode province = province(code);
		Conversation c = opinions.conversation(province, id);
		if (!c.resultsPublic()) {
			throw new NotInProvinceException("analysis", id);
		}
		return analyses.last(province, id).map(s -> OpinionResults.of(s, opinions.shownStatements(province, id)))
			.orElseThrow(() -> new NotInProvinceException("analysis", id));
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}

	private ResponseEntity<?> outcome(VoteOutcome outcome) {
		if (!outcome.accepted()) {
			return problems.of(HttpStatus.CONFLICT, List.of(Problem.of(null, "opinion.public.closed")));
		}
		return ResponseEntity.ok(Map.of("outcome", outcome.name()));
	}

	private ProvinceCode province(String code) {
		if (code == null || !ProvinceCode.isValid(code)) {
			throw new NotInProvinceException("code", code);
		}
		return reference.province(ProvinceCode.of(code)).orElseThrow(() -> new NotInProvinceException("code", code))
			.code();
	}
}
