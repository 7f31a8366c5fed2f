package org.smartcityplanner.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.StrategyImport.Problem;

class StrategyRulesTests {

	@Test
	void readsTabSeparatedLinesSkippingBlankOnes() {
		var parsed = StrategyRules.parse("1\tพัฒนาเศรษฐกิจ\n\n2\tสังคมคุณภาพ\tรายละเอียด\r\n", "2566–2570", Set.of());

		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.drafts()).containsExactly(new StrategyDraft("1", "พัฒนาเศรษฐกิจ", null, "2566–2570"),
				new StrategyDraft("2", "สังคมคุณภาพ", "รายละเอียด", "2566–2570"));
	}

	@Test
	void reportsEveryBadLineAndTakesNone() {
		String pasted = String.join("\n", "1\tดี", "2 ไม่มีแท็บ", "\tไม่มีรหัส", "3\t", "1\tซ้ำ", "S9\tมีแล้ว",
				"a b\tรหัสมีช่องว่าง");
		var parsed = StrategyRules.parse(pasted, "2566–2570", Set.of("s9"));

		assertThat(parsed.drafts()).isEmpty();
		assertThat(parsed.problems()).extracting(Problem::line, Problem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2, "profile.strategies.import.noTab"),
				org.assertj.core.groups.Tuple.tuple(3, "profile.strategies.import.codeMissing"),
				org.assertj.core.groups.Tuple.tuple(4, "profile.strategies.import.titleMissing"),
				org.assertj.core.groups.Tuple.tuple(5, "profile.strategies.import.codeTwice"),
				org.assertj.core.groups.Tuple.tuple(6, "profile.strategies.import.codeExists"),
				org.assertj.core.groups.Tuple.tuple(7, "profile.strategies.import.codeFormat"));
	}

	@Test
	void anEmptyPasteIsAProblem() {
		assertThat(StrategyRules.parse(" \n\n", "2566–2570", Set.of()).problems()).extracting(Problem::messageKey)
			.containsExactly("profile.strategies.import.empty");
	}

	@Test
	void normalisesPlanYears() {
		assertThat(StrategyRules.normalisePlanYears("2566-2570")).contains("2566–2570");
		assertThat(StrategyRules.normalisePlanYears(" 2566 – 2570 ")).contains("2566–2570");
		assertThat(StrategyRules.normalisePlanYears("2570-2566")).isEmpty();
		assertThat(StrategyRules.normalisePlanYears("2023-2027")).isEmpty();
		assertThat(StrategyRules.normalisePlanYears("soon")).isEmpty();
	}

	@Test
	void codesAreShortWithoutSpaces() {
		assertThat(StrategyRules.isValidCode("S1.2")).isTrue();
		assertThat(StrategyRules.isValidCode("ยศ1")).isTrue();
		assertThat(StrategyRules.isValidCode("-1")).isFalse();
		assertThat(StrategyRules.isValidCode("x".repeat(21))).isFalse();
	}
}
