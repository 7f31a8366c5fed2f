package org.smartcityplanner.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

class BudgetSheetTests {

	private static final FiscalYear Y70 = new FiscalYear(2570);
	private static final FiscalYear Y71 = new FiscalYear(2571);
	private static final FiscalYear Y72 = new FiscalYear(2572);

	@Test
	void totalsAddUpPerYearPerCategoryAndOverall() {
		BudgetSheet sheet = new BudgetSheet(Map.of(Y70, Map.of("OPERATING", Baht.of(1_000_000), "INVESTMENT",
				new Baht(250_000_050)), Y71, Map.of("OPERATING", Baht.of(500_000))), Map.of());
		assertThat(sheet.yearTotal(Y70)).isEqualTo(new Baht(350_000_050));
		assertThat(sheet.categoryTotal("OPERATING")).isEqualTo(Baht.of(1_500_000));
		assertThat(sheet.total()).isEqualTo(new Baht(400_000_050));
		assertThat(sheet.costedYears()).containsExactly(Y70, Y71);
	}

	@Test
	void aSplitThatDoesNotAddUpToTheCostNamesBothSumsAndTheDifference() {
		BudgetSheet sheet = new BudgetSheet(Map.of(Y70, Map.of("OPERATING", Baht.of(1_000))),
				Map.of("PROV", Baht.of(600), "LOCAL", Baht.of(300)));
		assertThat(sheet.check()).singleElement().satisfies(finding -> {
			assertThat(finding.messageKey()).isEqualTo("actionplan.budget.splitMismatch");
			assertThat(finding.arguments()).containsExactly(Baht.of(900), Baht.of(1_000), Baht.of(100));
		});
	}

	@Test
	void negativeAndAbsurdAmountsAreFoundWhereTheyAre() {
		BudgetSheet sheet = new BudgetSheet(Map.of(Y70, Map.of("OPERATING", Baht.of(-5), "INVESTMENT",
				Baht.of(20_000_000_000L))), Map.of("PROV", Baht.of(-1)));
		assertThat(sheet.check()).extracting(Finding::messageKey).containsExactlyInAnyOrder(
				"actionplan.budget.negativeLine", "actionplan.budget.absurdLine", "actionplan.budget.negativeSplit");
	}

	@Test
	void aSplitEqualToTheCostIsFine() {
		BudgetSheet sheet = new BudgetSheet(Map.of(Y70, Map.of("OPERATING", Baht.of(1_000))),
				Map.of("PROV", Baht.of(700), "LOCAL", Baht.of(300)));
		assertThat(sheet.check()).isEmpty();
	}

	@Test
	void spreadingTheSplitOverYearsFollowsTheLargestRemainderRuleAndLosesNoSatang() {
		// 100.00 baht over three years of 33.33, 33.33, 33.34 split 1:1:1 between three sources
		Map<String, Baht> split = new LinkedHashMap<>();
		split.put("PROV", new Baht(3_333));
		split.put("LOCAL", new Baht(3_333));
		split.put("DEF", new Baht(3_334));
		BudgetSheet sheet = new BudgetSheet(Map.of(Y70, Map.of("OPERATING", new Baht(3_333)), Y71,
				Map.of("OPERATING", new Baht(3_333)), Y72, Map.of("OPERATING", new Baht(3_334))), split);
		Map<String, Map<FiscalYear, Baht>> spread = sheet.bySourceAndYear();
		// year 2570: 3333 * 3333/10000 = 1110.9889 -> 1110 each, and DEF 1111.32 -> 1111; 2 satang left go to
		// the largest remainders: PROV (.9889) and LOCAL (.9889)
		assertThat(spread.get("PROV").get(Y70)).isEqualTo(new Baht(1_111));
		assertThat(spread.get("LOCAL").get(Y70)).isEqualTo(new Baht(1_111));
		assertThat(spread.get("DEF").get(Y70)).isEqualTo(new Baht(1_111));
		assertAddsUp(sheet, spread);
	}

	@Test
	void everyYearAndEverySourceAddUpExactlyOnRandomSheets() {
		Random random = new Random(7);
		for (int run = 0; run < 500; run++) {
			Map<FiscalYear, Map<String, Baht>> lines = new LinkedHashMap<>();
			long total = 0;
			for (int y = 0; y < 1 + random.nextInt(5); y++) {
				long amount = random.nextInt(3) == 0 ? 0 : 1 + random.nextLong(10_000_000_00L);
				lines.put(new FiscalYear(2570 + y), Map.of("OPERATING", new Baht(amount)));
				total += amount;
			}
			if (total == 0) {
				continue;
			}
			Map<String, Baht> split = new LinkedHashMap<>();
			long left = total;
			String[] sources = { "PROV", "CLUS", "LOCAL", "DEF" };
			for (int s = 0; s < sources.length - 1; s++) {
				long part = random.nextLong(left + 1);
				split.put(sources[s], new Baht(part));
				left -= part;
			}
			split.put(sources[sources.length - 1], new Baht(left));
			BudgetSheet sheet = new BudgetSheet(lines, split);
			assertThat(sheet.check()).isEmpty();
			assertAddsUp(sheet, sheet.bySourceAndYear());
		}
	}

	private static void assertAddsUp(BudgetSheet sheet, Map<String, Map<FiscalYear, Baht>> spread) {
		sheet.split().forEach((source, amount) -> assertThat(
				spread.get(source).values().stream().reduce(Baht.ZERO, Baht::plus)).isEqualTo(amount));
		for (FiscalYear year : sheet.lines().keySet()) {
			Baht sum = spread.values().stream().map(row -> row.getOrDefault(year, Baht.ZERO)).reduce(Baht.ZERO,
					Baht::plus);
			assertThat(sum).as("year %s", year).isEqualTo(sheet.yearTotal(year));
		}
		spread.values().forEach(row -> row.values().forEach(amount -> assertThat(amount.isNegative()).isFalse()));
	}
}
