package org.smartcityplanner.participation.web.opinion;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.OpinionAnalyses;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.shared.NotInProvinceException;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's opinion map over the API: the same rules and audit as the pages. The working group reads; the
 * province team opens conversations, adds and moderates statements, closes, computes and publishes.
 */
@RestController
@Tag(name = "Opinion map (staff)", description = "Pol.is-style conversations: statements, moderation, the map")
@PreAuthorize(ParticipationAccess.READERS)
class OpinionApiController {

	private static final String BASE = "/api/v1/provinces/{provinceCode}/opinions";

	private final OpinionService opinions;
	private final OpinionAnalyses analyses;
	private final ApiProblems problems;

	OpinionApiController(OpinionService opinions, OpinionAnalyses analyses, ApiProblems problems) {
		this.opinions = opinions;
		this.analyses = analyses;
		this.problems = problems;
	}

	@GetMapping(BASE)
	@Operation(summary = "The province's conversations, newest first, with all their statements")
	List<OpinionRequests.ConversationBody> list(@PathVariable String provinceCode) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return opinions.conversations(province).stream().map(c -> body(province, c)).toList();
	}

	@PostMapping(BASE)
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Opens a conversation (audited); 400 names topic or description")
	ResponseEntity<OpinionRequests.ConversationBody> create(@PathVariable String provinceCode,
			@RequestBody(required = false) OpinionRequests.NewConversation body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		var request = body == null ? new OpinionRequests.NewConversation(null, null, null) : body;
		Conversation created = opinions.create(province, request.topic(), request.description(),
				Boolean.TRUE.equals(request.citizenStatements()));
		return ResponseEntity.status(HttpStatus.CREATED).body(body(province, created));
	}

	@GetMapping(BASE + "/{id}")
	@Operation(summary = "One conversation with all its statements; 404 for another province's")
	OpinionRequests.ConversationBody conversation(@PathVariable String provinceCode, @PathVariable long id) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return body(province, opinions.conversation(province, id));
	}

	@PostMapping(BASE + "/{id}/statements")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Adds a statement, shown at once (audited); 400 names text (empty or over 140 characters)")
	ResponseEntity<OpinionRequests.StatementBody> addStatement(@PathVariable String provinceCode,
			@PathVariable long id, @RequestBody(required = false) OpinionRequests.NewStatement body) {
		var added = opinions.addStatement(ProvinceCode.of(provinceCode), id, body == null ? null : body.text());
		return ResponseEntity.status(HttpStatus.CREATED).body(OpinionRequests.StatementBody.of(added));
	}

	@PostMapping(BASE + "/{id}/statements/{statementId}/moderation")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Shows or rejects a statement (audited); 400 names decision, 404 for another conversation's")
	OpinionRequests.StatementBody moderate(@PathVariable String provinceCode, @PathVariable long id,
			@PathVariable long statementId, @RequestBody(required = false) OpinionRequests.Moderation body) {
		String decision = body == null ? null : body.decision();
		if (!"show".equals(decision) && !"reject".equals(decision)) {
			throw new InputProblemsException(List.of(Problem.of("decision", "opinion.problem.decision.invalid")));
		}
		return OpinionRequests.StatementBody
			.of(opinions.moderate(ProvinceCode.of(provinceCode), id, statementId, "show".equals(decision)));
	}

	@PostMapping(BASE + "/{id}/state")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Opens or closes the conversation and/or publishes or withdraws its map (audited); 400 names"
			+ " version, 409 when someone changed it since")
	OpinionRequests.ConversationBody state(@PathVariable String provinceCode, @PathVariable long id,
			@RequestBody(required = false) OpinionRequests.State body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (body == null || body.version() == null) {
			throw new InputProblemsException(List.of(Problem.of("version", "opinion.problem.version.required")));
		}
		Conversation c = opinions.conversation(province, id);
		int version = body.version();
		if (body.open() != null && body.open() != c.open()) {
			c = opinions.setOpen(province, id, version, body.open());
			version = c.version();
		}
		if (body.resultsPublic() != null && body.resultsPublic() != c.resultsPublic()) {
			c = opinions.publish(province, id, version, body.resultsPublic());
		}
		return body(province, c);
	}

	@GetMapping(BASE + "/{id}/analysis")
	@Operation(summary = "The last computed map (groups, representative and consensus statements, points); 404 when"
			+ " none was computed")
	OpinionResults analysis(@PathVariable String provinceCode, @PathVariable long id) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return analyses.last(province, id).map(s -> OpinionResults.of(s, opinions.statements(province, id)))
			.orElseThrow(() -> new NotInProvinceException("analysis", id));
	}

	@PostMapping(BASE + "/{id}/analysis")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Computes the map of the votes now and stores it (audited); the same votes give the same map")
	OpinionResults compute(@PathVariable String provinceCode, @PathVariable long id) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return OpinionResults.of(analyses.compute(province, id), opinions.statements(province, id));
	}

	@ExceptionHandler(InputProblemsException.class)
	ResponseEntity<ProblemDetail> refused(InputProblemsException e) {
		return problems.of(HttpStatus.BAD_REQUEST, e.problems());
	}

	private OpinionRequests.ConversationBody body(ProvinceCode province, Conversation c) {
		return OpinionRequests.ConversationBody.of(c, opinions.takesVotes(c), opinions.statements(province, c.id()));
	}
}
