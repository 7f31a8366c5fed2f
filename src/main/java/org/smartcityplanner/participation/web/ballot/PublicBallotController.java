package org.smartcityplanner.participation.web.ballot;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.ProcessApi;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.ballot.BallotCounting;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.ballot.BallotView;
import org.smartcityplanner.participation.internal.ballot.VoteReceipt;
import org.smartcityplanner.participation.internal.ballot.VoteService;
import org.smartcityplanner.participation.web.idea.ParticipantKeys;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A citizen's ballot page, phone-first and working without JavaScript (checkboxes and a submit button; a script,
 * when it runs, only adds the running total). Open: the form, idempotent by a key made when it was shown, behind
 * the public-form guard and the province's rule of who may take part; a refused ballot comes back with its ticks
 * kept and the numbers. Closed: the result. The path variable is {@code code}, not {@code provinceCode}: the staff
 * pages' province check must not apply here.
 */
@Controller
class PublicBallotController {

	private final BallotService ballots;
	private final VoteService votes;
	private final BallotCounting counting;
	private final BallotResults results;
	private final ProcessApi process;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ProblemMessages problems;
	private final Clock clock;

	PublicBallotController(BallotService ballots, VoteService votes, BallotCounting counting, BallotResults results,
			ProcessApi process, ParticipantKeys participants, PublicFormGuard guard, ProblemMessages problems,
			Clock clock) {
		this.ballots = ballots;
		this.votes = votes;
		this.counting = counting;
		this.results = results;
		this.process = process;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/public/{code}/ballots/{id}")
	String ballot(@PathVariable String code, @PathVariable long id, Locale locale, Model model) {
		ProvinceCode province = PublicBallotApiController.province(code);
		BallotView ballot = ballots.findPublic(province, id);
		if (ballot.status() == BallotStatus.CLOSED) {
			model.addAttribute("result", results.of(counting.result(province, id), locale));
			model.addAttribute("provinceCode", province.value());
			return "participation/ballot/public-result";
		}
		return form(province, ballot, List.of(), PublicBallotApiController.newKey(), Map.of(), model);
	}

	@PostMapping("/public/{code}/ballots/{id}")
	String vote(@PathVariable String code, @PathVariable long id,
			@RequestParam(name = "choices", required = false) List<Long> choices,
			@RequestParam(required = false) String idempotencyKey, @RequestParam(required = false) String stamp,
			@RequestParam(required = false) String website, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		ProvinceCode province = PublicBallotApiController.province(code);
		BallotView ballot = ballots.findPublic(province, id);
		List<Long> ticked = choices == null ? List.of() : choices;
		String participant = participants.of(request);
		PublicFormGuard.Verdict verdict = guard.judge(PublicBallotApiController.FORM, request.getRemoteAddr(), website,
				stamp);
		if (verdict != PublicFormGuard.Verdict.PASS) {
			var replayed = votes.replay(province, id, idempotencyKey);
			if (replayed.isPresent()) {
				return thanks(province, ballot, replayed.get(), model, response);
			}
			response.setStatus(verdict == PublicFormGuard.Verdict.RATE_LIMITED ? HttpStatus.TOO_MANY_REQUESTS.value()
					: HttpStatus.UNPROCESSABLE_ENTITY.value());
			Map<String, List<String>> errors = switch (verdict) {
				case RATE_LIMITED -> problems.single("participation.idea.public.rateLimited",
						PublicFormGuard.WINDOW_MINUTES);
				case BOT -> problems.single("participation.idea.public.refused");
				default -> problems.single("participation.idea.public.tooFast");
			};
			return form(province, ballot, ticked, idempotencyKey, errors, model);
		}
		try {
			VoteReceipt receipt = votes.vote(province, id, ticked, idempotencyKey, participant);
			if (!receipt.accepted()) {
				response.setStatus(HttpStatus.CONFLICT.value());
				return form(province, ballots.find(province, id), ticked, idempotencyKey,
						problems.single("participation.ballot.vote.notOpen"), model);
			}
			return thanks(province, ballot, receipt, model, response);
		}
		catch (InputProblemsException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			// the same key again: nothing was stored, so sending the corrected ticks stores them once
			String key = e.problems().stream().anyMatch(p -> "idempotencyKey".equals(p.field()))
					? PublicBallotApiController.newKey() : idempotencyKey;
			return form(province, ballot, ticked, key, Map.of(ProblemMessages.FORM,
					e.problems().stream().map(problems::text).toList()), model);
		}
	}

	@GetMapping("/public/{code}/ballots/{id}/mine")
	String mine(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String link,
			Locale locale, Model model, HttpServletResponse response) {
		ProvinceCode province = PublicBallotApiController.province(code);
		BallotView ballot = ballots.findPublic(province, id);
		VoteReceipt vote = votes.byLink(province, id, link).orElseThrow(() -> new NotInProvinceException("link", id));
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("provinceCode", province.value());
		model.addAttribute("ballot", ballot);
		model.addAttribute("vote", vote);
		if (ballot.status() == BallotStatus.CLOSED) {
			model.addAttribute("share", results.voterShare(counting.result(province, id), vote, locale));
		}
		return "participation/ballot/public-mine";
	}

	private String form(ProvinceCode province, BallotView ballot, List<Long> ticked, String key,
			Map<String, List<String>> errors, Model model) {
		model.addAttribute("provinceCode", province.value());
		model.addAttribute("ballot", PublicBallot.of(ballot, process.isOpen(province, BallotApi.TOOL),
				guard.formStamp(PublicBallotApiController.FORM, clock.instant()), key));
		model.addAttribute("ticked", ticked);
		model.addAttribute("errors", errors);
		return "participation/ballot/public-form";
	}

	private String thanks(ProvinceCode province, BallotView ballot, VoteReceipt receipt, Model model,
			HttpServletResponse response) {
		// the personal link is shown on this page: no cache may keep it
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("provinceCode", province.value());
		model.addAttribute("ballot", ballot);
		model.addAttribute("vote", receipt);
		return "participation/ballot/public-thanks";
	}

}
