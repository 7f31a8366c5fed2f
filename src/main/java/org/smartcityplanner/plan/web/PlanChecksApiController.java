package org.smartcityplanner.plan.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.plan.internal.PlanCheckUseCases;
import org.smartcityplanner.plan.model.alignment.AlignmentGap;
import org.smartcityplanner.plan.model.alignment.CatalogueList;
import org.smartcityplanner.plan.model.alignment.GapType;
import org.smartcityplanner.plan.model.alignment.Coverage;
import org.smartcityplanner.plan.model.readiness.CheckStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The readiness check and alignment analysis as JSON, with texts in the caller's language.
 */
@RestController
@Tag(name = "Master plan")
class PlanChecksApiController {

	private final PlanCheckUseCases checks;
	private final PlanPageSupport pages;

	PlanChecksApiController(PlanCheckUseCases checks, PlanPageSupport pages) {
		this.checks = checks;
		this.pages = pages;
	}

	/**
	 * The readiness report.
	 *
	 * @param score 0–100
	 * @param ready whether nothing failed
	 * @param results one per criterion or completeness rule
	 */
	record ReadinessResponse(int score, boolean ready, List<Result> results) {
	}

	/**
	 * One criterion's outcome.
	 *
	 * @param code policy code, e.g. C1 or KPI
	 * @param title its name
	 * @param status PASS, WARNING or FAIL
	 * @param findings what to fix
	 */
	record Result(String code, String title, CheckStatus status, List<FindingText> findings) {
	}

	/**
	 * A finding in words, with where to fix it.
	 *
	 * @param key message key
	 * @param text the message
	 * @param fix path of the page to fix it
	 */
	record FindingText(String key, String text, String fix) {
	}

	/**
	 * Alignment coverage and gaps.
	 *
	 * @param coverage per national or provincial list
	 * @param gaps what the plan leaves out: first those it is expected to close, then national items nobody
	 *        expects of it
	 */
	record AlignmentResponse(List<Coverage> coverage, List<Gap> gaps) {
	}

	/**
	 * One alignment gap.
	 *
	 * @param type what kind of gap
	 * @param subject a catalogue code or an item id, as the type says
	 * @param list the catalogue list of a code; {@code null} for a plan item
	 * @param label the item's title or name for item gaps
	 * @param expected whether the plan is expected to close it (from its dimensions and the committee); an
	 *        unexpected one is a national item nobody asks this plan to align with
	 * @param fix path of the page to fix it
	 */
	record Gap(GapType type, String subject, CatalogueList list, String label, boolean expected, String fix) {
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/readiness")
	@Operation(summary = "The committee readiness check of the current plan, with a score and what to fix")
	ReadinessResponse readiness(@PathVariable String provinceCode) {
		var report = checks.readiness(ProvinceCode.of(provinceCode)).orElseThrow(PlanWeb::notFound);
		String province = ProvinceCode.of(provinceCode).value();
		return new ReadinessResponse(report.score(), report.isReady(), report.results().stream()
			.map(result -> new Result(result.policyCode(),
					pages.text("readiness.policy." + result.policyCode(), List.of()), result.status(),
					result.findings().stream().map(finding -> new FindingText(finding.messageKey(),
							pages.text(finding.messageKey(), pages.findingArgs(finding)),
							ChecksController.fixPath(province, finding.target()))).toList()))
			.toList());
	}

	@GetMapping("/api/v1/provinces/{provinceCode}/plan/alignment")
	@Operation(summary = "Alignment coverage per national list and the gaps of the current plan")
	AlignmentResponse alignment(@PathVariable String provinceCode) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		var plan = pages.plan(provinceCode).orElseThrow(PlanWeb::notFound).document();
		var analysis = checks.alignment(plan);
		List<Gap> gaps = new java.util.ArrayList<>();
		for (List<AlignmentGap> part : List.of(analysis.expectedGaps(), analysis.unexpectedGaps())) {
			part.forEach(gap -> gaps.add(new Gap(gap.type(), gap.subject(), gap.list(), gap.label(),
					analysis.isExpected(gap), AlignmentFixLinks.fix(province.value(), gap, analysis, plan))));
		}
		return new AlignmentResponse(analysis.coverages(), gaps);
	}
}
