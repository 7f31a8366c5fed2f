package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.ExclusionReason;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.InputProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProblemCode;
import org.smartcityplanner.actionplan.optimiser.model.ProblemValidator;
import org.smartcityplanner.actionplan.optimiser.model.SolutionExplainer;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The optimiser's findings as users read them (issue 17), in Thai and English, from the application's message
 * files: an unknown reference says which, years are B.E. fiscal years, a fixed share names its own source, and
 * the funding rules in a conflict say which condition fails.
 */
class OptimiserMessagesTests {

	private static final int FY = 2570;
	private static final Map<String, String> SOURCES = Map.of("PROV", "งบพัฒนาจังหวัด", "DEF", "กองทุนดิจิทัล",
			"PPP", "ร่วมลงทุนรัฐเอกชน", "LOCAL", "งบท้องถิ่น");

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anUnknownSourceInAFundingRuleIsNamed() {
		PortfolioProblem problem = problem(List.of(source("PROV", true)),
				candidate("P", List.of(FundingRule.any("XYZ")), 100));
		InputProblem finding = only(problem, ProblemCode.UNKNOWN_REFERENCE);
		assertThat(thai(problem).problem(finding))
			.isEqualTo("เงื่อนไขแหล่งงบประมาณของ \"ระบบฝุ่น\" อ้างถึงแหล่งงบประมาณรหัส XYZ ซึ่งไม่มีในรายการแหล่งงบประมาณ");
		assertThat(english(problem).problem(finding)).contains("name budget source XYZ");
	}

	@Test
	void aFixedShareFromASourceThatDoesNotFundTheProjectNamesItAndItsFiscalYear() {
		Candidate digital = candidate("P", List.of(FundingRule.any("PROV")), 100, 100)
			.withFixedFunding(List.of(new FixedFunding("PROV", 0, 10_000), new FixedFunding("PPP", 1, 10_000)));
		PortfolioProblem problem = problem(List.of(source("PROV", true), source("PPP", true)), digital);
		InputProblem unknown = only(problem, ProblemCode.UNKNOWN_REFERENCE);
		assertThat(thai(problem).problem(unknown)).contains("ให้ ร่วมลงทุนรัฐเอกชน จ่าย 100.00 บาทในปีงบประมาณ 2571")
			.contains("ไม่สนับสนุนโครงการนี้");
		assertThat(english(problem).problem(unknown))
			.contains("has ร่วมลงทุนรัฐเอกชน pay 100.00 baht in fiscal year 2571, but ร่วมลงทุนรัฐเอกชน does not fund");
		// the year the split is short in is a B.E. fiscal year, not "year 1"
		InputProblem mismatch = only(problem, ProblemCode.FUNDING_SPLIT_MISMATCH);
		assertThat(thai(problem).problem(mismatch)).contains("ในปีงบประมาณ 2571").doesNotContain("ปีที่");
		assertThat(english(problem).problem(mismatch)).contains("in fiscal year 2571").doesNotContain("year 1 ");
	}

	@Test
	void aFixedShareThatDoesNotFitNamesItsSourceNotAllSourcesCombined() {
		Candidate platform = candidate("P", List.of(FundingRule.any("DEF"), FundingRule.any("PROV")), 100)
			.withFixedFunding(List.of(new FixedFunding("DEF", 0, 9_000), new FixedFunding("PROV", 0, 1_000)));
		PortfolioProblem problem = problem(List.of(envelope("DEF", 50), envelope("PROV", 100)), platform);
		List<ExclusionReason> reasons = SolutionExplainer.explain(problem, List.of(), RunStatus.OPTIMAL).exclusions()
			.get(0).reasons();
		assertThat(thai(problem).reasons(reasons))
			.containsExactly("จะเกินกรอบวงเงินของกองทุนดิจิทัล ปีงบประมาณ 2570 อยู่ 40.00 บาท");
		assertThat(english(problem).reasons(reasons))
			.containsExactly("It would exceed the envelope of กองทุนดิจิทัล in fiscal year 2570 by 40.00 baht.");
	}

	@Test
	void theFundingRulesOfAMandatoryProjectSayWhichConditionFails() {
		// caps that add up to less than the cost
		Candidate capped = candidate("P", List.of(FundingRule.capped("PROV", 10_000)), 150).withMandatory(true);
		PortfolioProblem caps = problem(List.of(source("PROV", true)), capped);
		assertThat(thai(caps).constraint(ConstraintRef.fundingRules("P"))).isEqualTo(
				"เงื่อนไขแหล่งงบประมาณของ \"ระบบฝุ่น\": แหล่งที่สนับสนุนได้จ่ายได้รวมไม่เกิน 100.00 บาทตามเพดานและสัดส่วนสมทบ "
						+ "(งบพัฒนาจังหวัด ไม่เกิน 100.00 บาท) น้อยกว่างบประมาณโครงการ 150.00 บาท");
		assertThat(english(caps).constraint(ConstraintRef.fundingRules("P")))
			.contains("may pay at most 100.00 baht together").contains("less than its cost of 150.00 baht");

		// only single-year sources for a three-year project
		Candidate threeYears = candidate("P", List.of(FundingRule.any("LOCAL")), 10, 10, 10).withMandatory(true);
		PortfolioProblem singleYear = problem(List.of(source("LOCAL", false)), threeYears);
		assertThat(thai(singleYear).constraint(ConstraintRef.fundingRules("P")))
			.contains("โครงการดำเนินการ 3 ปี แต่แหล่งที่สนับสนุนได้ (งบท้องถิ่น) ไม่สนับสนุนโครงการผูกพันหลายปี");
		assertThat(english(singleYear).constraint(ConstraintRef.fundingRules("P")))
			.contains("it runs 3 years, but the sources that may fund it (งบท้องถิ่น) fund single-year projects only");

		// a fixed share above what its source may pay (90 % at most)
		Candidate fixed = candidate("P", List.of(FundingRule.shared("DEF", 0, 9_000)), 100).withMandatory(true)
			.withFixedFunding(List.of(new FixedFunding("DEF", 0, 10_000)));
		PortfolioProblem share = problem(List.of(source("DEF", true)), fixed);
		assertThat(thai(share).constraint(ConstraintRef.fundingRules("P")))
			.contains("ให้ กองทุนดิจิทัล จ่าย 100.00 บาท เกินยอดที่ กองทุนดิจิทัล จ่ายได้สำหรับโครงการนี้ (90.00 บาท");
		assertThat(english(share).constraint(ConstraintRef.fundingRules("P")))
			.contains("has กองทุนดิจิทัล pay 100.00 baht, more than กองทุนดิจิทัล may pay for this project (90.00 baht");

		// no source funds it at all
		PortfolioProblem none = problem(List.of(source("PROV", true)),
				candidate("P", List.of(), 100).withMandatory(true));
		assertThat(english(none).constraint(ConstraintRef.fundingRules("P")))
			.isEqualTo("The funding rules of \"ระบบฝุ่น\": no budget source funds projects of its dimension and type");
	}

	private static InputProblem only(PortfolioProblem problem, ProblemCode code) {
		return ProblemValidator.validate(problem).stream().filter(finding -> finding.code() == code).findFirst()
			.orElseThrow();
	}

	private static Candidate candidate(String id, List<FundingRule> rules, long... bahtPerYear) {
		return new Candidate(id, "ENV", Set.of(), new BigDecimal("5"),
				java.util.Arrays.stream(bahtPerYear).map(baht -> baht * 100).boxed().toList(), false, FY, FY, rules,
				List.of());
	}

	private static BudgetSource source(String code, boolean multiYear) {
		return new BudgetSource(code, Map.of(FY, 100_000_000L, FY + 1, 100_000_000L, FY + 2, 100_000_000L), multiYear);
	}

	private static BudgetSource envelope(String code, long baht) {
		return new BudgetSource(code, Map.of(FY, baht * 100), true);
	}

	private static PortfolioProblem problem(List<BudgetSource> sources, Candidate candidate) {
		return PortfolioProblem.of(FY, FY + 4, sources, List.of(candidate));
	}

	private static Explanations thai(PortfolioProblem problem) {
		return explanations(Locale.forLanguageTag("th"), problem);
	}

	private static Explanations english(PortfolioProblem problem) {
		return explanations(Locale.ENGLISH, problem);
	}

	private static Explanations explanations(Locale locale, PortfolioProblem problem) {
		LocaleContextHolder.setLocale(locale);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ActionPlanPages pages = new ActionPlanPages(null, null, null, null, messages);
		return new Explanations(pages, Map.of("P", "ระบบฝุ่น"), SOURCES, Map.of(), problem);
	}
}
