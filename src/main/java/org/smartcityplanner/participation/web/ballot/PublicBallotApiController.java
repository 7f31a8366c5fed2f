package org.smartcityplanner.participation.web.ballot;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.ballot.BallotCount;
import org.smartcityplanner.participation.internal.ballot.BallotCounting;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.ballot.BallotView;
import org.smartcityplanner.participation.internal.ballot.VoteReceipt;
import org.smartcityplanner.participation.internal.ballot.VoteService;
import org.smartcityplanner.participation.web.idea.ParticipantKeys;
import org.smartcityplanner.participation.web.survey.ApiProblems;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participatory-budgeting ballots over the public API, without an account: the province's rule of who may take
 * part, the public-form guard and idempotency as on the page. A client reads the ballot (with a stamp and a key),
 * then sends its ticks; a new key changes a vote until the close.
 */
@RestController
@Tag(name = "Public ballots", description = "Citizens vote on participatory-budgeting ballots (no account needed)")
class PublicBallotApiController {

	static final String FORM = "ballot-form";
	private static final String BASE = "/api/v1/public/{code}/ballots";

	private final BallotService ballots;
	private final VoteService votes;
	private final BallotCounting counting;
	private final BallotResults results;
	private final ProcessApi process;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ApiProblems problems;
	private final VoteAnswers answers;
	private final Clock clock;

	PublicBallotApiController(BallotService ballots, VoteService votes, BallotCounting counting,
			BallotResults results, ProcessApi process, ParticipantKeys participants, PublicFormGuard guard,
			ApiProblems problems, VoteAnswers answers, Clock clock) {
		this.ballots = ballots;
		this.votes = votes;
		this.counting = counting;
		this.results = results;
		this.process = process;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
		this.answers = answers;
		this.clock = clock;
	}

	@GetMapping(BASE)
	@SecurityRequirements
	@Operation(summary = "The province's open and closed ballots, newest first")
	List<PublicBallot> list(@PathVariable String code) {
		ProvinceCode province = province(code);
		boolean phaseOpen = process.isOpen(province, BallotApi.TOOL);
		return ballots.list(province).stream().filter(b -> b.status() != BallotStatus.DRAFT)
			.map(b -> PublicBallot.of(b, phaseOpen, null, null)).toList();
	}

	@GetMapping(BASE + "/{id}")
	@SecurityRequirements
	@Operation(summary = "A ballot's projects and rule, whether it takes votes now, and (when it does) the stamp and "
			+ "idempotency key to send a vote with; 404 for a draft or another province's ballot")
	PublicBallot ballot(@PathVariable String code, @PathVariable long id) {
		ProvinceCode province = province(code);
		return PublicBallot.of(ballots.findPublic(province, id), process.isOpen(province, BallotApi.TOOL),
				guard.formStamp(FORM, clock.instant()), newKey());
	}

	@PostMapping(value = BASE + "/{id}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@SecurityRequirements
	@Operation(summary = "Casts or changes the sender's vote: 201 first vote (with the personal link's secret), 200 "
			+ "changed or the same idempotencyKey again, 400 problems (a knapsack over the budget names the sums), "
			+ "403 not eligible by the province's rule, 409 the ballot takes no votes, 422 too fast or stale stamp, "
			+ "429 too many submissions from this address")
	ResponseEntity<?> vote(@PathVariable String code, @PathVariable long id,
			@RequestBody(required = false) BallotRequests.Vote body, HttpServletRequest request) {
		ProvinceCode province = province(code);
		ballots.findPublic(province, id);
		BallotRequests.Vote vote = body == null ? new BallotRequests.Vote(null, null, null, null) : body;
		String participant = participants.of(request);
		PublicFormGuard.Verdict verdict = guard.judge(FORM, request.getRemoteAddr(), vote.website(), vote.stamp());
		if (verdict != PublicFormGuard.Verdict.PASS) {
			var replayed = votes.replay(province, id, vote.idempotencyKey());
			if (replayed.isPresent()) {
				return answers.of(replayed.get());
			}
			return switch (verdict) {
				case RATE_LIMITED -> problems.of(HttpStatus.TOO_MANY_REQUESTS, List.of(Problem.of(null,
						"participation.idea.public.rateLimited", PublicFormGuard.WINDOW_MINUTES)));
				case BOT -> problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
						List.of(Problem.of(null, "participation.idea.public.refused")));
				default -> problems.of(HttpStatus.UNPROCESSABLE_ENTITY,
						List.of(Problem.of("stamp", "participation.idea.public.tooFast")));
			};
		}
		return answers.of(votes.vote(province, id, vote.choices(), vote.idempotencyKey(), participant));
	}

	@GetMapping(BASE + "/{id}/result")
	@SecurityRequirements
	@Operation(summary = "A closed ballot's result: both methods side by side, each project's reason, the tie rule "
			+ "and the turnout by channel; 409 while it is open")
	ResponseEntity<?> result(@PathVariable String code, @PathVariable long id, Locale locale) {
		ProvinceCode province = province(code);
		if (ballots.findPublic(province, id).status() != BallotStatus.CLOSED) {
			return problems.of(HttpStatus.CONFLICT, List.of(Problem.of(null, "participation.ballot.notClosed")));
		}
		return ResponseEntity.ok(results.of(counting.result(province, id), locale));
	}

	@GetMapping(BASE + "/{id}/my-share")
	@SecurityRequirements
	@Operation(summary = "Through the voter's personal link: what their share paid for and why each project they "
			+ "ticked won or lost; 404 for an unknown link, 409 while the ballot is open")
	ResponseEntity<?> myShare(@PathVariable String code, @PathVariable long id, @RequestParam String link,
			Locale locale) {
		ProvinceCode province = province(code);
		BallotView ballot = ballots.findPublic(province, id);
		VoteReceipt vote = votes.byLink(province, id, link)
			.orElseThrow(() -> new NotInProvinceException("link", "?"));
		if (ballot.status() != BallotStatus.CLOSED) {
			return problems.of(HttpStatus.CONFLICT, List.of(Problem.of(null, "participation.ballot.notClosed")));
		}
		BallotCount count = counting.result(province, id);
		return ResponseEntity.ok(results.voterShare(count, vote, locale));
	}

	/** A ballot the public may see: open or closed, of this province. */
	static ProvinceCode province(String code) {
		if (!ProvinceCode.isValid(code)) {
			throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ProvinceCode.of(code);
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}
}
