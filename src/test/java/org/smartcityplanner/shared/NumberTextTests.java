package org.smartcityplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reader of typed numbers (issue 17): separators, Thai digits, signs; nothing guessed. */
class NumberTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "35000|35000", "35,000|35000", "๓๕,๐๐๐|35000", "35 000|35000",
			"1,234,567.25|1234567.25", "-12.5|-12.5", "\u22123|-3", "+7|7", ".5|0.5", "  2,570  |2570", "๒๕๖๗|2567" })
	void readsNumbersAsPeopleTypeThem(String typed, String expected) {
		assertThat(NumberText.decimal(typed)).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1e3", "12,50", "1,2345", "1.2.3", "--5", "5-", "-", ".", "35,000 บาท" })
	void refusesWhatIsNotANumber(String typed) {
		assertThatThrownBy(() -> NumberText.decimal(typed)).isInstanceOf(NumberText.NotANumberException.class);
	}

	@Test
	void namesASeparatorInTheWrongPlace() {
		assertThatThrownBy(() -> NumberText.decimal("12,50")).isInstanceOfSatisfying(
				NumberText.NotANumberException.class,
				refused -> assertThat(refused.problem()).isEqualTo(NumberText.Problem.GROUPING));
	}

	@Test
	void blankIsNoNumber() {
		assertThat(NumberText.decimal("  ")).isNull();
		assertThat(NumberText.whole(null)).isNull();
	}

	@Test
	void wholeNumbersRefuseAFractionAndWhatDoesNotFit() {
		assertThat(NumberText.wholeInt("๓๕,๐๐๐")).isEqualTo(35_000);
		assertThat(NumberText.whole("35,000.00")).isEqualTo(35_000L);
		assertThatThrownBy(() -> NumberText.wholeInt("2.5")).isInstanceOfSatisfying(
				NumberText.NotANumberException.class,
				refused -> assertThat(refused.problem()).isEqualTo(NumberText.Problem.NOT_WHOLE));
		assertThatThrownBy(() -> NumberText.wholeInt("3,000,000,000"))
			.isInstanceOf(NumberText.NotANumberException.class);
	}

	@Test
	void normalisedGivesThePlainFormOrTheTextUnchanged() {
		assertThat(NumberText.normalised("๓๕,๐๐๐")).isEqualTo("35000");
		assertThat(NumberText.normalised("1,234.50")).isEqualTo("1234.50");
		assertThat(NumberText.normalised("12,50")).isEqualTo("12,50");
		assertThat(NumberText.normalised("")).isEqualTo("");
	}

	@Test
	void moneyIsReadByTheSameRules() {
		assertThat(Baht.parse("๒๕,๐๐๐,๐๐๐", "budget")).isEqualTo(Baht.of(25_000_000));
		assertThat(Baht.parse("฿ -1,000.50", "budget")).isEqualTo(new Baht(-100_050));
		assertThat(new BigDecimal("25000000.00")).isEqualByComparingTo(Baht.parse("25,000,000", "budget").toBigDecimal());
	}
}
