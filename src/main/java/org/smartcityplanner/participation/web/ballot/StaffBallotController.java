package org.smartcityplanner.participation.web.ballot;

import java.util.List;
import java.util.Locale;

import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.ballot.BallotCounting;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.ballot.BallotView;
import org.smartcityplanner.participation.internal.ballot.VoteReceipt;
import org.smartcityplanner.participation.internal.ballot.VoteService;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The province team's ballot pages: the list, and a ballot's page to open and close it, type paper ballots (a
 * second staff member confirms each, or discards it) and read the result. POST-redirect-GET with flash messages;
 * a refused step comes back with its reason.
 */
@Controller
@PreAuthorize(ParticipationAccess.READERS)
class StaffBallotController {

	private static final String BASE = "/p/{provinceCode}/participation/ballots";

	private final BallotService ballots;
	private final VoteService votes;
	private final BallotCounting counting;
	private final BallotResults results;
	private final ProblemMessages problems;

	StaffBallotController(BallotService ballots, VoteService votes, BallotCounting counting, BallotResults results,
			ProblemMessages problems) {
		this.ballots = ballots;
		this.votes = votes;
		this.counting = counting;
		this.results = results;
		this.problems = problems;
	}

	@GetMapping(BASE)
	String list(@PathVariable String provinceCode, Model model) {
		model.addAttribute("ballots", ballots.list(ProvinceCode.of(provinceCode)));
		return "participation/ballot/staff-list";
	}

	@GetMapping(BASE + "/{id}")
	String ballot(@PathVariable String provinceCode, @PathVariable long id, Locale locale, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		BallotView ballot = ballots.find(province, id);
		model.addAttribute("ballot", ballot);
		model.addAttribute("pending", ballot.status() == BallotStatus.OPEN ? votes.pendingPaper(province, id) : List.of());
		model.addAttribute("paperKey", PublicBallotApiController.newKey());
		if (ballot.status() == BallotStatus.CLOSED) {
			model.addAttribute("result", results.of(counting.result(province, id), locale));
		}
		return "participation/ballot/staff-ballot";
	}

	@PostMapping(BASE + "/{id}/open")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String open(@PathVariable String provinceCode, @PathVariable long id, @RequestParam int version,
			RedirectAttributes flash) {
		return step(provinceCode, id, flash, "participation.ballot.staff.opened",
				() -> ballots.open(ProvinceCode.of(provinceCode), id, version));
	}

	@PostMapping(BASE + "/{id}/close")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String close(@PathVariable String provinceCode, @PathVariable long id, @RequestParam int version,
			RedirectAttributes flash) {
		return step(provinceCode, id, flash, "participation.ballot.staff.closed",
				() -> counting.close(ProvinceCode.of(provinceCode), id, version));
	}

	@PostMapping(BASE + "/{id}/paper")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String paper(@PathVariable String provinceCode, @PathVariable long id,
			@RequestParam(name = "choices", required = false) List<Long> choices,
			@RequestParam(required = false) String idempotencyKey, RedirectAttributes flash) {
		return step(provinceCode, id, flash, "participation.ballot.staff.paperEntered", () -> {
			VoteReceipt receipt = votes.enterPaper(ProvinceCode.of(provinceCode), id,
					choices == null ? List.of() : choices, idempotencyKey);
			if (!receipt.accepted()) {
				throw new InputProblemsException(List.of(
						org.smartcityplanner.participation.domain.survey.Problem.of(null, "participation.ballot.vote.notOpen")));
			}
		});
	}

	@PostMapping(BASE + "/{id}/paper/{voteId}/confirm")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String confirm(@PathVariable String provinceCode, @PathVariable long id, @PathVariable long voteId,
			RedirectAttributes flash) {
		return step(provinceCode, id, flash, "participation.ballot.staff.paperConfirmed",
				() -> votes.confirmPaper(ProvinceCode.of(provinceCode), id, voteId));
	}

	@PostMapping(BASE + "/{id}/paper/{voteId}/discard")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String discard(@PathVariable String provinceCode, @PathVariable long id, @PathVariable long voteId,
			RedirectAttributes flash) {
		return step(provinceCode, id, flash, "participation.ballot.staff.paperDiscarded",
				() -> votes.discardPaper(ProvinceCode.of(provinceCode), id, voteId));
	}

	private String step(String provinceCode, long id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("ballotMessage", done);
		}
		catch (InputProblemsException e) {
			flash.addFlashAttribute("ballotProblems", e.problems().stream().map(problems::text).toList());
		}
		return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/participation/ballots/" + id;
	}
}
