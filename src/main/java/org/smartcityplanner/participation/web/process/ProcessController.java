package org.smartcityplanner.participation.web.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.ParticipationTool;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.domain.eligibility.ParticipationRule;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.eligibility.CodeSheets;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.web.survey.ProblemMessages;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The province's participation process: four phases (listen, ideas, prioritise, validate the draft plan) with
 * their dates and the tools open to the public in each, with every tool's statistics. The working group may look;
 * coordinators, consultants and admins plan it.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')")
class ProcessController {

	private final ProcessUseCases process;
	private final ProblemMessages problems;
	private final Eligibility eligibility;
	private final ParticipationCodeService codes;
	private final CodeSheets sheets;

	ProcessController(ProcessUseCases process, ProblemMessages problems, Eligibility eligibility,
			ParticipationCodeService codes, CodeSheets sheets) {
		this.process = process;
		this.problems = problems;
		this.eligibility = eligibility;
		this.codes = codes;
		this.sheets = sheets;
	}

	@GetMapping("/p/{provinceCode}/participation/process")
	String show(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		return page(province, process.process(province).phases(), process.process(province).version(), Map.of(),
				model);
	}

	@PostMapping("/p/{provinceCode}/participation/process")
	@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
	String save(@PathVariable String provinceCode, @RequestParam int version,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<Problem> found = new ArrayList<>();
		List<Phase> phases = phases(form, found);
		if (!found.isEmpty()) {
			return page(province, phases, version, problems.byField(found), model);
		}
		try {
			process.save(province, version, phases);
			redirect.addFlashAttribute("flashSuccess", "participation.process.saved");
			return "redirect:/p/" + province.value() + "/participation/process";
		}
		catch (InputProblemsException e) {
			return page(province, phases, version, problems.byField(e.problems()), model);
		}
		catch (OptimisticLockingFailureException e) {
			return page(province, phases, version, problems.single("participation.process.conflict"), model);
		}
	}

	/** The phases as typed; a date that is not one is a problem naming its phase, never dropped. */
	static List<Phase> phases(MultiValueMap<String, String> form, List<Problem> found) {
		List<Phase> phases = new ArrayList<>();
		for (PhaseKind kind : PhaseKind.values()) {
			String k = kind.name();
			phases.add(new Phase(kind, date(form.getFirst(k + "_startsOn"), k, found),
					date(form.getFirst(k + "_endsOn"), k, found),
					new HashSet<>(form.getOrDefault(k + "_tools", List.of()))));
		}
		return phases;
	}

	private static LocalDate date(String typed, String field, List<Problem> found) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			found.add(Problem.of(field, "participation.process.badDate", typed.length() > 20 ? typed.substring(0, 20) : typed));
			return null;
		}
	}

	private String page(ProvinceCode province, List<Phase> phases, int version, Map<String, List<String>> errors,
			Model model) {
		var current = process.process(province);
		List<ParticipationTool> tools = process.tools();
		model.addAttribute("phases", phases);
		model.addAttribute("version", version);
		model.addAttribute("current", current.current().orElse(null));
		model.addAttribute("defined", current.defined());
		model.addAttribute("tools", tools);
		model.addAttribute("statistics", tools.stream()
			.collect(java.util.stream.Collectors.toMap(ParticipationTool::key, t -> t.statistics(province))));
		model.addAttribute("errors", errors);
		// who may take part, and the participation codes made for meetings (ParticipantsController changes them)
		model.addAttribute("rule", eligibility.rule(province));
		model.addAttribute("rules", ParticipationRule.values());
		model.addAttribute("batches", codes.batches(province));
		model.addAttribute("enterAddress", sheets.enterAddress(province));
		return "participation/process/process";
	}
}
