package org.smartcityplanner.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Numbers JSON clients send as strings are read as typed numbers are (issue 17); JSON numbers as before. */
class NumbersInJsonTests {

	record Sample(Integer population, int count, Long id, long total, BigDecimal value, Baht budget) {
	}

	private final JsonMapper json = JsonMapper.builder().addModule(new JsonConfig().sharedValueTypes()).build();

	@Test
	void stringsWithSeparatorsAndThaiDigitsAreNumbers() {
		Sample sample = json.readValue("""
				{"population":"35,000","count":"๓๕,๐๐๐","id":"35 000","total":"๑,๒๐๐","value":"1,234.5",
				"budget":"25,000,000"}""", Sample.class);
		assertThat(sample).isEqualTo(new Sample(35_000, 35_000, 35_000L, 1_200L, new BigDecimal("1234.5"),
				Baht.of(25_000_000)));
	}

	@Test
	void jsonNumbersAreReadAsBefore() {
		Sample sample = json.readValue("""
				{"population":35000,"count":7,"id":9,"total":12,"value":1.25,"budget":"10.50"}""", Sample.class);
		assertThat(sample).isEqualTo(new Sample(35_000, 7, 9L, 12L, new BigDecimal("1.25"), new Baht(1_050)));
	}

	@Test
	void textThatIsNotANumberIsRefusedNamingTheField() {
		assertThatThrownBy(() -> json.readValue("{\"population\":\"12,50\"}", Sample.class))
			.isInstanceOf(DatabindException.class).hasMessageContaining("population");
		assertThatThrownBy(() -> json.readValue("{\"count\":\"2.5\"}", Sample.class))
			.isInstanceOf(DatabindException.class).hasMessageContaining("count");
	}
}
