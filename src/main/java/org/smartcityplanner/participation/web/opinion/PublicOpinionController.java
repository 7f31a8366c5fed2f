package org.smartcityplanner.participation.web.opinion;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.domain.opinion.ConversationRules;
import org.smartcityplanner.participation.domain.opinion.VoteValue;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.OpinionAnalyses;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.internal.opinion.VoteOutcome;
import org.smartcityplanner.participation.web.idea.ParticipantKeys;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A conversation's public page, phone-first and without JavaScript: every shown statement with three buttons
 * (each a small form), the participant's own votes marked, a closed conversation saying so; citizens may propose a
 * statement (idempotent, behind the public-form guard) where staff allow it; the map once staff publish it. The path
 * variable is {@code code}: the staff pages' province check must not apply here.
 */
@Controller
class PublicOpinionController {

	static final String FORM = "opinion-statement";
	private static final String PAGE = "/public/{code}/opinions/{id}";

	private final OpinionService opinions;
	private final OpinionAnalyses analyses;
	private final ReferenceApi reference;
	private final ParticipantKeys participants;
	private final PublicFormGuard guard;
	private final ProblemMessages problems;
	private final Clock clock;

	PublicOpinionController(OpinionService opinions, OpinionAnalyses analyses, ReferenceApi reference,
			ParticipantKeys participants, PublicFormGuard guard, ProblemMessages problems, Clock clock) {
		this.opinions = opinions;
		this.analyses = analyses;
		this.reference = reference;
		this.participants = participants;
		this.guard = guard;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String code, @PathVariable String id, Locale locale, Model model,
			HttpServletRequest request) {
		return show(province(code), id(id), "", UUID.randomUUID().toString(), Map.of(), locale, model, request);
	}

	@PostMapping(PAGE + "/votes")
	String vote(@PathVariable String code, @PathVariable String id, @RequestParam(required = false) String statementId,
			@RequestParam(required = false) String vote, HttpServletRequest request, RedirectAttributes redirect) {
		Province province = province(code);
		long conversation = id(id);
		String back = "redirect:/public/" + province.code().value() + "/opinions/" + conversation;
		VoteValue value = VoteValue.parse(vote).orElse(null);
		Long statement = number(statementId);
		if (value == null || statement == null) {
			redirect.addFlashAttribute("flashError", value == null ? "opinion.problem.vote.invalid"
					: "opinion.problem.statement.invalid");
			return back;
		}
		VoteOutcome outcome = opinions.vote(province.code(), conversation, statement, value, participants.of(request));
		redirect.addFlashAttribute(outcome.accepted() ? "flashSuccess" : "flashError",
				outcome.accepted() ? "opinion.public.voted" : "opinion.public.closed");
		return back + "#s" + statement;
	}

	@PostMapping(PAGE + "/statements")
	String propose(@PathVariable String code, @PathVariable String id, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String idempotencyKey, @RequestParam(required = false) String website,
			@RequestParam(required = false) String stamp, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Province province = province(code);
		long conversation = id(id);
		PublicFormGuard.Verdict verdict = guard.judge(FORM, request.getRemoteAddr(), website, stamp);
		if (verdict != PublicFormGuard.Verdict.PASS) {
			response.setStatus(verdict == PublicFormGuard.Verdict.RATE_LIMITED ? 429 : 422);
			Map<String, List<String>> errors = verdict == PublicFormGuard.Verdict.RATE_LIMITED
					? problems.single("participation.idea.public.rateLimited", PublicFormGuard.WINDOW_MINUTES)
					: problems.single("participation.idea.public.tooFast");
			return show(province, conversation, text, idempotencyKey, errors, locale, model, request);
		}
		try {
			VoteOutcome outcome = opinions.propose(province.code(), conversation, text, idempotencyKey,
					participants.of(request));
			redirect.addFlashAttribute(outcome.accepted() ? "flashSuccess" : "flashError",
					outcome.accepted() ? "opinion.public.proposed" : "opinion.public.closed");
			return "redirect:/public/" + province.code().value() + "/opinions/" + conversation;
		}
		catch (InputProblemsException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			String key = e.problems().stream().anyMatch(p -> "idempotencyKey".equals(p.field()))
					? UUID.randomUUID().toString() : idempotencyKey;
			return show(province, conversation, text, key, problems.byField(e.problems()), locale, model, request);
		}
	}

	private String show(Province province, long id, String text, String key, Map<String, List<String>> errors,
			Locale locale, Model model, HttpServletRequest request) {
		Conversation conversation = opinions.conversation(province.code(), id);
		var statements = opinions.shownStatements(province.code(), id);
		boolean eligible = participants.check(request).isAllowed();
		model.addAttribute("provinceCode", province.code().value());
		model.addAttribute("provinceName", province.name().in(locale));
		model.addAttribute("conversation", conversation);
		model.addAttribute("takesVotes", opinions.takesVotes(conversation));
		model.addAttribute("statements", statements);
		model.addAttribute("myVotes", eligible ? opinions.votesOf(province.code(), id, participants.of(request))
				: Map.of());
		model.addAttribute("eligible", eligible);
		model.addAttribute("text", text);
		model.addAttribute("idempotencyKey", key);
		model.addAttribute("errors", errors);
		model.addAttribute("stamp", guard.formStamp(FORM, clock.instant()));
		model.addAttribute("statementMax", ConversationRules.STATEMENT_MAX);
		if (conversation.resultsPublic()) {
			analyses.last(province.code(), id).ifPresent(snapshot -> {
				model.addAttribute("results", OpinionResults.of(snapshot, statements));
				model.addAttribute("chart", OpinionChart.of(snapshot.map()));
			});
		}
		return "participation/opinion/public-conversation";
	}

	private Province province(String code) {
		if (code == null || !ProvinceCode.isValid(code)) {
			throw new NotInProvinceException("code", code);
		}
		return reference.province(ProvinceCode.of(code)).orElseThrow(() -> new NotInProvinceException("code", code));
	}

	private static long id(String raw) {
		Long id = number(raw);
		if (id == null) {
			throw new NotInProvinceException("id", raw);
		}
		return id;
	}

	static Long number(String raw) {
		return raw != null && raw.matches("\\d{1,18}") ? Long.valueOf(raw) : null;
	}
}
