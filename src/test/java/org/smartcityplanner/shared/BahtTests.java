package org.smartcityplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BahtTests {

	@ParameterizedTest(name = "\"{0}\" is {1} satang")
	@CsvSource(delimiter = '|', textBlock = """
			1234567          | 123456700
			1,234,567.5      | 123456750
			'1 234 567'      | 123456700
			'1\u00a0234'     | 123400
			'  12.50  '      | 1250
			.5               | 50
			5.               | 500
			10.500           | 1050
			๑๒๓.๔๕          | 12345
			๑,๐๐๐            | 100000
			'฿ 12 000'       | 1200000
			12000฿           | 1200000
			-5               | -500
			+5               | 500
			0                | 0
			90000000000000   | 9000000000000000
			""")
	void readsEveryAcceptedForm(String text, long satang) {
		assertThat(Baht.parse(text, "f")).isEqualTo(new Baht(satang));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void blankIsNoAmount(String text) {
		assertThat(Baht.parse(text, "f")).isNull();
	}

	@ParameterizedTest(name = "\"{0}\" is refused as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			abc              | money.invalid
			12 baht          | money.invalid
			1e3              | money.invalid
			1.2.3            | money.invalid
			1,234.5,6        | money.invalid
			.                | money.invalid
			-                | money.invalid
			฿                | money.invalid
			12,50            | money.grouping
			1,0000           | money.grouping
			'1,234,'         | money.grouping
			',123'           | money.grouping
			10.005           | money.tooManyDecimals
			0.001            | money.tooManyDecimals
			90000000000000.01 | money.absurd
			100,000,000,000,000 | money.absurd
			""")
	void refusesTheRestNamingTheReason(String text, String reason) {
		assertThatThrownBy(() -> Baht.parse(text, "2570 OPERATING"))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo(reason);
				assertThat(refused.arguments()).containsExactly("2570 OPERATING", text);
			});
	}

	@Test
	void numbersFromJsonFollowTheSameLimits() {
		assertThat(Baht.checked(new BigDecimal("1500000.50"), "split.PROV")).isEqualTo(new Baht(150_000_050));
		assertThat(Baht.checked(new BigDecimal("1E+3"), "f")).isEqualTo(Baht.of(1000));
		assertThatThrownBy(() -> Baht.checked(new BigDecimal("0.001"), "f")).hasMessageContaining("money.tooManyDecimals");
		assertThatThrownBy(() -> Baht.checked(new BigDecimal("1E+20"), "f")).hasMessageContaining("money.absurd");
		assertThatThrownBy(() -> Baht.checked(null, "f")).hasMessageContaining("money.invalid");
	}

	@Test
	void formatsForDisplayAndForFormsSoTheFormTextReadsBack() {
		Baht amount = new Baht(123_456_750);
		assertThat(amount.formatted()).isEqualTo("1,234,567.50");
		assertThat(new Baht(-5).formatted()).isEqualTo("-0.05");
		assertThat(amount.toString()).isEqualTo("1234567.50");
		assertThat(Baht.parse(amount.toString(), "f")).isEqualTo(amount);
		assertThat(Baht.parse(amount.formatted(), "f")).isEqualTo(amount);
	}
}
