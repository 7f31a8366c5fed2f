package org.smartcityplanner.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/** A funding split against the standard rules of the sources it names, one rule at a time. */
class SplitCheckTests {

	private static final FiscalYear FY70 = new FiscalYear(2570);
	private static final FiscalYear FY71 = new FiscalYear(2571);
	private static final FiscalYear FY72 = new FiscalYear(2572);

	@Test
	void pppMoneyOnADigitalProjectBreaksEligibility() {
		assertThat(keys(oneYear(2_000_000, split("PPP", 2_000_000)), ProjectType.DIGITAL))
			.containsExactly("actionplan.rule.notEligible");
		assertThat(keys(oneYear(2_000_000, split("PPP", 2_000_000)), ProjectType.INFRASTRUCTURE)).isEmpty();
	}

	@Test
	void theDigitalFundOnAnInfrastructureProjectBreaksEligibility() {
		assertThat(keys(oneYear(1_000_000, split("DEF", 900_000, "PROV", 100_000)), ProjectType.INFRASTRUCTURE))
			.containsExactly("actionplan.rule.notEligible");
	}

	@Test
	void localMoneySpreadOverThreeYearsBreaksTheSingleYearRule() {
		Map<FiscalYear, Map<String, Baht>> lines = new LinkedHashMap<>();
		for (FiscalYear year : List.of(FY70, FY71, FY72)) {
			lines.put(year, Map.of("INVESTMENT", Baht.of(1_000_000)));
		}
		BudgetSheet threeYears = new BudgetSheet(lines, split("LOCAL", 3_000_000));
		List<Finding> breaks = SplitCheck.check(threeYears, "ENV", ProjectType.INFRASTRUCTURE, StandardSourceRules::of);
		assertThat(breaks).containsExactly(Finding.of("actionplan.rule.singleYearOnly", "LOCAL", 3));
		assertThat(keys(oneYear(3_000_000, split("LOCAL", 3_000_000)), ProjectType.INFRASTRUCTURE)).isEmpty();
	}

	@Test
	void aShareAboveTheCapPerProjectIsNamed() {
		assertThat(keys(oneYear(120_000_000, split("PROV", 120_000_000)), ProjectType.SERVICE))
			.containsExactly("actionplan.rule.overCap");
		assertThat(keys(oneYear(120_000_000, split("PROV", 100_000_000, "FUNC", 20_000_000)), ProjectType.SERVICE))
			.isEmpty();
	}

	@Test
	void theDigitalFundWithoutItsCoFundingShareIsNamed() {
		assertThat(keys(oneYear(10_000_000, split("DEF", 10_000_000)), ProjectType.DIGITAL))
			.containsExactly("actionplan.rule.coFundingShort");
		assertThat(keys(oneYear(10_000_000, split("DEF", 9_000_000, "PROV", 1_000_000)), ProjectType.DIGITAL)).isEmpty();
	}

	@Test
	void aProjectWithoutATypeIsNotRefusedForItBecauseTheOptimiserFundsItFromAnySource() {
		assertThat(keys(oneYear(2_000_000, split("PPP", 2_000_000)), null)).isEmpty();
	}

	private static List<String> keys(BudgetSheet sheet, ProjectType type) {
		assertThat(sheet.check()).isEmpty();
		return SplitCheck.check(sheet, "ENV", type, StandardSourceRules::of).stream().map(Finding::messageKey).toList();
	}

	private static BudgetSheet oneYear(long cost, Map<String, Baht> split) {
		return new BudgetSheet(Map.of(FY70, Map.of("INVESTMENT", Baht.of(cost))), split);
	}

	private static Map<String, Baht> split(Object... sourcesAndBaht) {
		Map<String, Baht> split = new LinkedHashMap<>();
		for (int i = 0; i < sourcesAndBaht.length; i += 2) {
			split.put((String) sourcesAndBaht[i], Baht.of(((Number) sourcesAndBaht[i + 1]).longValue()));
		}
		return split;
	}
}
