package org.smartcityplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

	@Test
	void guardsFormulasAndQuotesSeparators() {
		assertThat(CsvCells.line(List.of("=HYPERLINK(\"http://x\",\"y\")", "+66", "-1", "@SUM", "\tx", "ปกติ", "a,b",
				"two\nlines", "\uFF1D1")))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+66,'-1,'@SUM,'\tx,ปกติ,\"a,b\",\"two\nlines\",'\uFF1D1\r\n");
	}
}
