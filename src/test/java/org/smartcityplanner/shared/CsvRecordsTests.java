package org.smartcityplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTests {

	@Test
	void readsQuotedCommasDoubledQuotesAndLineBreaksInsideQuotes() {
		String text = "code,title\r\nS1,\"ถนน, ทางเท้า\"\r\nS2,\"ชื่อ \"\"ย่อ\"\"\nบรรทัดสอง\"\n";

		assertThat(CsvRecords.parse(text, "x.openQuote")).containsExactly(List.of("code", "title"),
				List.of("S1", "ถนน, ทางเท้า"), List.of("S2", "ชื่อ \"ย่อ\"\nบรรทัดสอง"));
	}

	@Test
	void keepsEmptyCellsAndALastLineWithoutLineBreak() {
		assertThat(CsvRecords.parse("a,,c\n,b,", "x.openQuote")).containsExactly(List.of("a", "", "c"),
				List.of("", "b", ""));
	}

	@Test
	void anUnclosedQuoteIsRefusedNamingTheRowWhereTheFileEnds() {
		assertThatThrownBy(() -> CsvRecords.parse("a,b\n\"open,c\nd", "x.openQuote"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("x.openQuote");
				assertThat(e.arguments()).containsExactly("2");
			});
	}
}
