package org.smartcityplanner.plan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanCheckUseCases;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.readiness.CheckStatus;
import org.smartcityplanner.plan.model.readiness.FixTarget;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's checks as pages: the committee readiness checklist with a score and links to fix each finding,
 * the alignment matrix with its gaps, and the changes between two versions.
 */
@Controller
class ChecksController {

	private final PlanCheckUseCases checks;
	private final PlanPageSupport pages;
	private final ReferenceApi reference;
	private final ProfileApi profile;
	private final PlanUseCases plans;

	ChecksController(PlanCheckUseCases checks, PlanPageSupport pages, ReferenceApi reference, ProfileApi profile,
			PlanUseCases plans) {
		this.plans = plans;
		this.checks = checks;
		this.pages = pages;
		this.reference = reference;
		this.profile = profile;
	}

	@GetMapping("/p/{provinceCode}/plan/readiness")
	String readiness(@PathVariable String provinceCode, Model model) {
		LoadedPlan plan = pages.require(provinceCode);
		model.addAttribute("plan", plan);
		var report = checks.readiness(plan.document());
		model.addAttribute("report", report);
		String province = ProvinceCode.of(provinceCode).value();
		Map<String, String> dimensionNames = new HashMap<>();
		reference.items(ReferenceKind.SMART_DIMENSION)
			.forEach(item -> dimensionNames.put(item.code(), item.name().in(LocaleContextHolder.getLocale())));
		model.addAttribute("results", report.results().stream()
			.map(result -> new ResultView(result.policyCode(), result.status().name(), result.findings().stream()
				.map(finding -> new FindingView(
						pages.text(finding.messageKey(),
								namedDimensions(pages.findingArgs(finding), finding.target(), dimensionNames)),
						fixPath(province, finding.target())))
				.toList()))
			.toList());
		model.addAttribute("passCount", report.count(CheckStatus.PASS));
		model.addAttribute("warningCount", report.count(CheckStatus.WARNING));
		model.addAttribute("failCount", report.count(CheckStatus.FAIL));
		return "plan/readiness";
	}

	@GetMapping("/p/{provinceCode}/plan/alignment")
	String alignment(@PathVariable String provinceCode, Model model) {
		LoadedPlan plan = pages.require(provinceCode);
		model.addAttribute("plan", plan);
		var analysis = checks.alignment(plan.document());
		model.addAttribute("analysis", analysis);
		String province = ProvinceCode.of(provinceCode).value();
		model.addAttribute("gapRows", AlignmentFixLinks.rows(province, analysis.expectedGaps(), analysis, plan.document()));
		model.addAttribute("shownRows", analysis.matrix().stream().filter(analysis::isExpected).toList());
		model.addAttribute("foldedRows", analysis.matrix().stream().filter(row -> !analysis.isExpected(row)).toList());
		Map<String, ReferenceItem> names = new HashMap<>();
		for (ReferenceKind kind : new ReferenceKind[] { ReferenceKind.NATIONAL_STRATEGY,
				ReferenceKind.NATIONAL_MASTER_PLAN, ReferenceKind.NESDP_MILESTONE, ReferenceKind.SDG,
				ReferenceKind.THAILAND_40, ReferenceKind.SMART_DIMENSION }) {
			reference.items(kind).forEach(item -> names.put(item.code(), item));
		}
		model.addAttribute("names", names);
		Map<String, String> provincialNames = new HashMap<>();
		profile.strategiesOf(ProvinceCode.of(provinceCode))
			.forEach(strategy -> provincialNames.put(strategy.code(), strategy.title()));
		model.addAttribute("provincialNames", provincialNames);
		return "plan/alignment";
	}

	@GetMapping("/p/{provinceCode}/plan/versions/diff")
	String diff(@PathVariable String provinceCode, @RequestParam long from,
			@RequestParam(defaultValue = "current") String to, Model model) {
		model.addAttribute("plan", pages.require(provinceCode));
		Optional<Long> toVersion = "current".equals(to) ? Optional.empty() : Optional.of(parse(to));
		model.addAttribute("changes",
				checks.diff(ProvinceCode.of(provinceCode), from, toVersion).orElseThrow(PlanWeb::notFound));
		model.addAttribute("fromId", from);
		model.addAttribute("toId", to);
		Map<Long, PlanVersionSummary> versions = plans.versions(ProvinceCode.of(provinceCode)).stream()
			.collect(Collectors.toMap(PlanVersionSummary::id, Function.identity()));
		model.addAttribute("fromVersion", versions.get(from));
		model.addAttribute("toVersion", toVersion.map(versions::get).orElse(null));
		return "plan/diff";
	}

	/**
	 * One criterion's outcome as the page shows it.
	 *
	 * @param code policy code
	 * @param status PASS, WARNING or FAIL
	 * @param findings what to fix, in words, with where
	 */
	record ResultView(String code, String status, java.util.List<FindingView> findings) {
	}

	/**
	 * A finding in the user's language.
	 *
	 * @param text the message
	 * @param fixPath where to fix it
	 */
	record FindingView(String text, String fixPath) {
	}

	/**
	 * A finding about a smart dimension names it by its code (ENV, ECO...); the page shows the dimension's name in
	 * the user's language instead.
	 */
	static List<String> namedDimensions(List<String> args, FixTarget target, Map<String, String> dimensionNames) {
		if (target == null || target.kind() != FixTarget.Kind.DIMENSION || target.id() == null
				|| !dimensionNames.containsKey(target.id())) {
			return args;
		}
		return args.stream().map(arg -> arg.equals(target.id()) ? dimensionNames.get(arg) : arg).toList();
	}

	/** Where the user goes to fix a finding, relative to the province. */
	static String fixPath(String provinceCode, FixTarget target) {
		String plan = "/p/" + provinceCode + "/plan";
		if (target == null) {
			return plan;
		}
		String id = target.id();
		return switch (target.kind()) {
			case PLAN -> plan + "/overview";
			case SECTION -> plan + "/sections";
			case GOAL -> id == null ? plan : plan + "/goals/" + id;
			case STRATEGY -> id == null ? plan : plan + "/strategies/" + id;
			case PROJECT -> id == null ? plan : plan + "/projects/" + id;
			case KPI -> id == null ? plan : plan + "/kpis/" + id;
			case NEW_KPI -> id == null ? plan : plan + "/items/" + id + "/kpis/new";
			case AREA -> "/p/" + provinceCode + "/areas";
			case DIMENSION -> id == null ? plan : plan + "#dimension-" + id;
			case PARTICIPATION -> "/p/" + provinceCode + "/participation/" + id;
		};
	}

	private static long parse(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException e) {
			throw PlanWeb.notFound();
		}
	}
}
