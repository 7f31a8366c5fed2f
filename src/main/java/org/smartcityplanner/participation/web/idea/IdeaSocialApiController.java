package org.smartcityplanner.participation.web.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.idea.IdeaComment;
import org.smartcityplanner.participation.internal.idea.IdeaComments;
import org.smartcityplanner.participation.internal.idea.IdeaSupports;
import org.smartcityplanner.participation.internal.idea.PublicIdeaInput;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supports and comments of ideas for scripts and other front ends (no account): the same rules as the pages —
 * one support per participant (the session's key), the comment form's key and the shared guard's stamp and
 * rate limit, hidden ideas not found, a closed phase refused with 409.
 */
@RestController
@Tag(name = "Public ideas: supports and comments", description = "The public's supports of and comments on ideas")
class IdeaSocialApiController {

	private static final String BASE = "/api/v1/public/{code}/ideas/{id}";

	private final IdeaApi ideas;
	private final IdeaSupports supports;
	private final IdeaComments comments;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ApiProblems problems;
	private final Clock clock;

	IdeaSocialApiController(IdeaApi ideas, IdeaSupports supports, IdeaComments comments,
			ParticipantKeys participants, PublicFormGuard guard, ApiProblems problems, Clock clock) {
		this.ideas = ideas;
		this.supports = supports;
		this.comments = comments;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
		this.clock = clock;
	}

	/** The answer to a support. */
	record Outcome(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "STORED or ALREADY_STORED")
	String outcome, @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			description = "the idea's supports now, from the same query as its page") long supports) {
	}

	/** The answer to a comment. */
	record Stored(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "STORED or ALREADY_STORED")
	String outcome) {
	}

	/** A published comment: its text exactly as typed (print it as text) and when. */
	record CommentView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String body,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt) {

		static CommentView of(IdeaComment c) {
			return new CommentView(c.id(), c.body(), c.createdAt());
		}
	}

	/** What a comment form carries: send both back with the comment, no sooner than a few seconds later. */
	record CommentForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String stamp,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String idempotencyKey) {
	}

	/** A new comment. */
	record NewComment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String body,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "from the comment form; the same key "
					+ "sent again stores nothing more") String idempotencyKey,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "from the comment form") String stamp) {
	}

	@PostMapping(BASE + "/support")
	@SecurityRequirements
	@Operation(summary = "Supports the idea as this session's participant: 201 stored, 200 supported before, "
			+ "404 hidden or unknown, 409 closed phase or decided idea")
	ResponseEntity<?> support(@PathVariable String code, @PathVariable("id") String rawId, HttpServletRequest request) {
		ProvinceCode province = IdeaSocialPaths.province(code, rawId);
		long id = IdeaSocialPaths.id(rawId);
		PublicIdeaInput outcome = supports.support(province, id, participants.of(request));
		if (!outcome.accepted()) {
			return problems.of(HttpStatus.CONFLICT, List.of(Problem.of(null, IdeaSupportController.messageOf(outcome))));
		}
		long count = ideas.find(province, id).orElseThrow(() -> new NotInProvinceException("id", id)).supports();
		return ResponseEntity.status(outcome == PublicIdeaInput.STORED ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new Outcome(outcome.name(), count));
	}

	@GetMapping(BASE + "/comments")
	@SecurityRequirements
	@Operation(summary = "The idea's published comments, oldest first; 404 when the idea is hidden or unknown")
	List<CommentView> comments(@PathVariable String code, @PathVariable("id") String rawId) {
		ProvinceCode province = IdeaSocialPaths.province(code, rawId);
		long id = IdeaSocialPaths.id(rawId);
		if (ideas.find(province, id).filter(i -> i.status().isPublic()).isEmpty()) {
			throw new NotInProvinceException("id", id);
		}
		return comments.published(province, id).stream().map(CommentView::of).toList();
	}

	@GetMapping(BASE + "/comment-form")
	@SecurityRequirements
	@Operation(summary = "A comment form's stamp and key, as the page's form carries them")
	CommentForm commentForm(@PathVariable String code, @PathVariable("id") String rawId) {
		IdeaSocialPaths.province(code, rawId);
		IdeaSocialPaths.id(rawId);
		return new CommentForm(guard.formStamp(IdeaSocialModel.COMMENT_FORM, clock.instant()),
				UUID.randomUUID().toString());
	}

	@PostMapping(BASE + "/comments")
	@SecurityRequirements
	@Operation(summary = "Comments on the idea: 201 stored, 200 the same key stored before, 400 problems by field "
			+ "(body up to 2000 characters), 404 hidden or unknown idea, 409 closed phase, 429 too many attempts")
	ResponseEntity<?> comment(@PathVariable String code, @PathVariable("id") String rawId,
			@RequestBody NewComment body, HttpServletRequest request) {
		ProvinceCode province = IdeaSocialPaths.province(code, rawId);
		long id = IdeaSocialPaths.id(rawId);
		PublicFormGuard.Verdict verdict = guard.judge(IdeaSocialModel.COMMENT_FORM, request.getRemoteAddr(), null,
				body.stamp());
		if (verdict == PublicFormGuard.Verdict.RATE_LIMITED) {
			return problems.of(HttpStatus.TOO_MANY_REQUESTS,
					List.of(Problem.of(null, "participation.idea.comment.rateLimited")));
		}
		if (verdict != PublicFormGuard.Verdict.PASS) {
			return problems.of(HttpStatus.BAD_REQUEST, List.of(Problem.of("stamp", "participation.idea.comment.tooFast")));
		}
		try {
			PublicIdeaInput outcome = comments.comment(province, id, participants.of(request), body.body(),
					body.idempotencyKey());
			if (!outcome.accepted()) {
				return problems.of(HttpStatus.CONFLICT, List.of(Problem.of(null, "participation.idea.social.closed")));
			}
			return ResponseEntity.status(outcome == PublicIdeaInput.STORED ? HttpStatus.CREATED : HttpStatus.OK)
				.body(new Stored(outcome.name()));
		}
		catch (InputProblemsException e) {
			return problems.of(HttpStatus.BAD_REQUEST, e.problems());
		}
	}
}
