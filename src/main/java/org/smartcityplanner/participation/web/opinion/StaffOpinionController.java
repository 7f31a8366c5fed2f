package org.smartcityplanner.participation.web.opinion;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.smartcityplanner.participation.domain.opinion.ConversationRules;
import org.smartcityplanner.participation.domain.opinion.StatementStatus;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.opinion.Conversation;
import org.smartcityplanner.participation.internal.opinion.OpinionAnalyses;
import org.smartcityplanner.participation.internal.opinion.OpinionService;
import org.smartcityplanner.participation.internal.opinion.Statement;
import org.smartcityplanner.participation.web.ParticipationAccess;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pages of the opinion map: the conversations, one conversation with its statements, the moderation of
 * the citizens' statements, closing, computing and publishing the map. The working group reads; the province team
 * changes. POST-redirect-GET; a refused statement shows the page again with the text kept and the field named.
 */
@Controller
@PreAuthorize(ParticipationAccess.READERS)
class StaffOpinionController {

	private static final String BASE = "/p/{provinceCode}/participation/opinions";

	private final OpinionService opinions;
	private final OpinionAnalyses analyses;
	private final ProblemMessages problems;

	StaffOpinionController(OpinionService opinions, OpinionAnalyses analyses, ProblemMessages problems) {
		this.opinions = opinions;
		this.analyses = analyses;
		this.problems = problems;
	}

	@GetMapping(BASE)
	String list(@PathVariable String provinceCode, Model model) {
		return listPage(ProvinceCode.of(provinceCode), "", "", Map.of(), model);
	}

	@PostMapping(BASE)
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String create(@PathVariable String provinceCode, @RequestParam(defaultValue = "") String topic,
			@RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "false") boolean citizenStatements, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			Conversation created = opinions.create(province, topic, description, citizenStatements);
			redirect.addFlashAttribute("flashSuccess", "opinion.staff.created");
			return "redirect:/p/" + province.value() + "/participation/opinions/" + created.id();
		}
		catch (InputProblemsException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(province, topic, description, problems.byField(e.problems()), model);
		}
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable String provinceCode, @PathVariable long id, Model model) {
		return page(ProvinceCode.of(provinceCode), id, "", Map.of(), model);
	}

	@PostMapping(BASE + "/{id}/statements")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String addStatement(@PathVariable String provinceCode, @PathVariable long id,
			@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			opinions.addStatement(province, id, text);
		}
		catch (InputProblemsException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(province, id, text, problems.byField(e.problems()), model);
		}
		return back(province, id, "opinion.staff.statementAdded", redirect);
	}

	@PostMapping(BASE + "/{id}/statements/{statementId}/moderation")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String moderate(@PathVariable String provinceCode, @PathVariable long id, @PathVariable long statementId,
			@RequestParam(defaultValue = "") String decision, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (!decision.equals("show") && !decision.equals("reject")) {
			redirect.addFlashAttribute("flashError", "opinion.problem.decision.invalid");
			return "redirect:/p/" + province.value() + "/participation/opinions/" + id;
		}
		opinions.moderate(province, id, statementId, decision.equals("show"));
		return back(province, id, "show".equals(decision) ? "opinion.staff.shown" : "opinion.staff.rejected",
				redirect);
	}

	@PostMapping(BASE + "/{id}/status")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String status(@PathVariable String provinceCode, @PathVariable long id, @RequestParam int version,
			@RequestParam boolean open, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		opinions.setOpen(province, id, version, open);
		return back(province, id, open ? "opinion.staff.reopened" : "opinion.staff.closed", redirect);
	}

	@PostMapping(BASE + "/{id}/publication")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String publication(@PathVariable String provinceCode, @PathVariable long id, @RequestParam int version,
			@RequestParam("public") boolean resultsPublic, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		opinions.publish(province, id, version, resultsPublic);
		return back(province, id, resultsPublic ? "opinion.staff.published" : "opinion.staff.withdrawn", redirect);
	}

	@PostMapping(BASE + "/{id}/analysis")
	@PreAuthorize(ParticipationAccess.MANAGERS)
	String analyse(@PathVariable String provinceCode, @PathVariable long id, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		analyses.compute(province, id);
		return back(province, id, "opinion.staff.computed", redirect) + "#results";
	}

	private String listPage(ProvinceCode province, String topic, String description,
			Map<String, List<String>> errors, Model model) {
		model.addAttribute("conversations", opinions.conversations(province));
		model.addAttribute("topic", topic);
		model.addAttribute("description", description);
		model.addAttribute("errors", errors);
		model.addAttribute("topicMax", ConversationRules.TOPIC_MAX);
		return "participation/opinion/staff-list";
	}

	private String page(ProvinceCode province, long id, String text, Map<String, List<String>> errors, Model model) {
		Conversation conversation = opinions.conversation(province, id);
		List<Statement> statements = opinions.statements(province, id);
		model.addAttribute("conversation", conversation);
		model.addAttribute("takesVotes", opinions.takesVotes(conversation));
		model.addAttribute("shown", statements.stream().filter(s -> s.status() == StatementStatus.SHOWN).toList());
		model.addAttribute("pending", statements.stream().filter(s -> s.status() == StatementStatus.PENDING).toList());
		model.addAttribute("rejected",
				statements.stream().filter(s -> s.status() == StatementStatus.REJECTED).toList());
		model.addAttribute("text", text);
		model.addAttribute("errors", errors);
		model.addAttribute("statementMax", ConversationRules.STATEMENT_MAX);
		analyses.last(province, id).ifPresent(snapshot -> {
			model.addAttribute("results", OpinionResults.of(snapshot, statements));
			model.addAttribute("chart", OpinionChart.of(snapshot.map()));
		});
		return "participation/opinion/staff-conversation";
	}

	private static String back(ProvinceCode province, long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess", message);
		return "redirect:/p/" + province.value() + "/participation/opinions/" + id;
	}
}
