package org.smartcityplanner.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTableTests {

	@Test
	void skipsLeadingCommentsAndReadsQuotedFields() {
		CsvTable table = CsvTable.parse("t.csv",
				"# a comment\n# version: 1\ncode,name\nA,\"Comma, inside\"\nB,\"Quote \"\"here\"\"\"\n");
		assertThat(table.records()).hasSize(2);
		assertThat(table.records().get(0)).containsEntry("name", "Comma, inside");
		assertThat(table.records().get(1)).containsEntry("name", "Quote \"here\"");
	}

	@Test
	void rejectsARowWithTheWrongNumberOfFields() {
		assertThatThrownBy(() -> CsvTable.parse("bad.csv", "code,name\nA\n"))
			.hasMessageContaining("bad.csv").hasMessageContaining("row 1");
	}

	@Test
	void readsThaiTextAndIgnoresAByteOrderMark() {
		CsvTable table = CsvTable.parse("th.csv", "\uFEFFcode,name_th\r\nTH-65,พิษณุโลก\r\n");
		assertThat(table.records().get(0)).containsEntry("code", "TH-65").containsEntry("name_th", "พิษณุโลก");
	}
}
