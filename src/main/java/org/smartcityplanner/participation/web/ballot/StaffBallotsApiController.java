package org.smartcityplanner.participation.web.ballot;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.smartcityplanner.participation.internal.ballot.BallotCounting;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.ballot.BallotView;
import org.smartcityplanner.participation.internal.ballot.VoteReceipt;
import org.smartcityplanner.participation.internal.ballot.VoteService;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Participatory-budgeting ballots for the province team over the API: draft, open, close and count, paper ballots
 * with the second person's check, and the result. The working group reads. Every id is looked up within the
 * province of the path (404 otherwise); refusals are problem+json naming the field.
 */
@RestController
@Tag(name = "Ballots (staff)", description = "Participatory-budgeting ballots: drafting, paper ballots, closing and the count")
@PreAuthorize(ParticipationAccess.READERS)
class StaffBallotsApiController {

	static final String BASE = "/api/v1/provinces/{provinceCode}/ballots";

	private final BallotService ballots;
	private final VoteService votes;
	private final BallotCounting counting;
	private final BallotResults results;
	private final VoteAnswers answers;

	StaffBallotsApiController(BallotService ballots, VoteService votes, BallotCounting counting,
			BallotResults results, VoteAnswers answers) {
		this.answers = answers;
		this.ballots = ballots;
		this.votes = votes;
		this.counting = counting;
		this.results = results;
	}

	@GetMapping(BASE)
	@Operation(summary = "The province's ballots, newest first (without their projects)")
	List<BallotView> list(@Parameter(example = "TH-65") @PathVariable String provinceCode) {
		return ballots.list(ProvinceCode.of(provinceCode));
	}

	@GetMapping(BASE + "/{ballotId}")
	@Operation(summary = "One ballot with its projects (and their stored count once closed); 404 for another "
			+ "province's")
	BallotView ballot(@PathVariable String provinceCode, @PathVariable long ballotId) {
		return ballots.find(ProvinceCode.of(provinceCode), ballotId);
	}

	@PostMapping(BASE)
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Drafts a ballot (audited); 201 with the ballot, 400 problems by field")
	ResponseEntity<BallotView> create(@PathVariable String provinceCode,
			@RequestBody(required = false) BallotRequests.NewBallot body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		BallotRequests.NewBallot request = body == null ? empty() : body;
		long id = ballots.create(province, request.draft());
		return ResponseEntity.status(HttpStatus.CREATED).body(ballots.find(province, id));
	}

	@PutMapping(BASE + "/{ballotId}")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Changes a draft (audited); 400 once it is open, 409 when stale")
	BallotView update(@PathVariable String provinceCode, @PathVariable long ballotId,
			@RequestBody(required = false) BallotRequests.NewBallot body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		BallotRequests.NewBallot request = body == null ? empty() : body;
		ballots.update(province, ballotId, BallotRequests.version(request.version()), request.draft());
		return ballots.find(province, ballotId);
	}

	@PostMapping(BASE + "/{ballotId}/open")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Opens a draft for votes (audited); 400 when not a draft, 409 when stale")
	BallotView open(@PathVariable String provinceCode, @PathVariable long ballotId,
			@RequestBody(required = false) BallotRequests.Step body) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		ballots.open(province, ballotId, BallotRequests.version(body == null ? null : body.version()));
		return ballots.find(province, ballotId);
	}

	@PostMapping(BASE + "/{ballotId}/close")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Closes an open ballot and counts it by the Method of Equal Shares and by greedy, stores "
			+ "the result and tells the action plan (audited); paper ballots not yet checked do not count")
	BallotResultView close(@PathVariable String provinceCode, @PathVariable long ballotId,
			@RequestBody(required = false) BallotRequests.Step body, Locale locale) {
		return results.of(counting.close(ProvinceCode.of(provinceCode), ballotId,
				BallotRequests.version(body == null ? null : body.version())), locale);
	}

	@GetMapping(BASE + "/{ballotId}/result")
	@Operation(summary = "A closed ballot's result: both methods side by side, each project's reason, the tie rule "
			+ "and the turnout by channel; 400 while it is open")
	BallotResultView result(@PathVariable String provinceCode, @PathVariable long ballotId, Locale locale) {
		return results.of(counting.result(ProvinceCode.of(provinceCode), ballotId), locale);
	}

	@PostMapping(BASE + "/{ballotId}/paper")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Enters a paper ballot (audited); it counts once another staff member confirms it. 201 "
			+ "stored, 200 the same idempotencyKey stored before, 400 problems (with the numbers), 409 not open")
	ResponseEntity<?> paper(@PathVariable String provinceCode, @PathVariable long ballotId,
			@RequestBody(required = false) BallotRequests.Paper body) {
		BallotRequests.Paper request = body == null ? new BallotRequests.Paper(null, null) : body;
		VoteReceipt receipt = votes.enterPaper(ProvinceCode.of(provinceCode), ballotId, request.choices(),
				request.idempotencyKey());
		return answers.of(receipt);
	}

	@GetMapping(BASE + "/{ballotId}/paper")
	@Operation(summary = "Paper ballots waiting for their second person, oldest first")
	List<?> pendingPaper(@PathVariable String provinceCode, @PathVariable long ballotId) {
		return votes.pendingPaper(ProvinceCode.of(provinceCode), ballotId);
	}

	@PostMapping(BASE + "/{ballotId}/paper/{voteId}/confirm")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Confirms a paper ballot as a second person (audited); 400 for the one who entered it")
	ResponseEntity<Void> confirm(@PathVariable String provinceCode, @PathVariable long ballotId,
			@PathVariable long voteId) {
		votes.confirmPaper(ProvinceCode.of(provinceCode), ballotId, voteId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(BASE + "/{ballotId}/paper/{voteId}/discard")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	@Operation(summary = "Discards a paper ballot the check found wrong (audited; it never counted)")
	ResponseEntity<Void> discard(@PathVariable String provinceCode, @PathVariable long ballotId,
			@PathVariable long voteId) {
		votes.discardPaper(ProvinceCode.of(provinceCode), ballotId, voteId);
		return ResponseEntity.noContent().build();
	}

	private static BallotRequests.NewBallot empty() {
		return new BallotRequests.NewBallot(null, null, null, null, null, null);
	}
}
