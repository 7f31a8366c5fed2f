package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;

class MoneyInputTests {

	@Test
	void separatorsSpacesTheBahtSignAndThaiDigitsAreRead() {
		assertThat(MoneyInput.parse("1,234,567.5", "f")).isEqualTo(new Baht(123_456_750));
		assertThat(MoneyInput.parse(" ฿ 12 000 ", "f")).isEqualTo(Baht.of(12_000));
		assertThat(MoneyInput.parse("๑๒๓.๔๕", "f")).isEqualTo(new Baht(12_345));
		assertThat(MoneyInput.parse("  ", "f")).isNull();
	}

	@Test
	void fractionsOfASatangAreRefusedNeverRounded() {
		assertThatThrownBy(() -> MoneyInput.parse("10.005", "2570 OPERATING"))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("actionplan.money.tooManyDecimals");
				assertThat(refused.arguments()).containsExactly("2570 OPERATING", "10.005");
			});
		assertThat(MoneyInput.parse("10.500", "f")).isEqualTo(new Baht(1_050));
	}

	@Test
	void wordsAndAbsurdAmountsAreRefused() {
		assertThatThrownBy(() -> MoneyInput.parse("abc", "f")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("actionplan.money.invalid");
		assertThatThrownBy(() -> MoneyInput.parse("1e20", "f")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("actionplan.money.absurd");
	}
}
