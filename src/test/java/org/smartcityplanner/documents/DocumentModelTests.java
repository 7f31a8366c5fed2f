package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentModelTests {

	@Test
	void builderStartsANewSectionWhenTheOrientationChanges() {
		DocumentModel model = SampleDocuments.thaiReport(false);

		assertThat(model.sections()).extracting(Section::orientation)
			.containsExactly(Orientation.PORTRAIT, Orientation.LANDSCAPE, Orientation.PORTRAIT);
		assertThat(model.sections().get(1).blocks()).hasSize(2).last().isInstanceOf(Table.class);
		assertThat(model.cover().title()).isEqualTo("แผนแม่บทเมืองอัจฉริยะ");
	}

	@Test
	void numbersHeadingsAsChaptersAndSections() {
		List<Heading> headings = List.of(Heading.of(1, "บทนำ"), Heading.of(2, "ความเป็นมา"), Heading.of(2, "งบ"),
				Heading.of(3, "ย่อย"), Heading.unnumbered(1, "ภาคผนวก"), Heading.of(1, "นโยบาย"), Heading.of(2, "ชาติ"));

		assertThat(HeadingNumbers.of(headings, DocumentLanguage.THAI))
			.containsExactly("บทที่ 1", "1.1", "1.2", "1.2.1", "", "บทที่ 2", "2.1");
		assertThat(HeadingNumbers.of(headings.subList(0, 1), DocumentLanguage.ENGLISH)).containsExactly("Chapter 1");
	}

	@Test
	void laysMergedHeaderCellsOntoTheGrid() {
		Table table = SampleDocuments.wideTable();
		TableGrid.Slot[][] grid = TableGrid.layout(8, table.headerRows());

		assertThat(grid[1][0].isOrigin(1, 0)).as("row-spanning cell continues below").isFalse();
		assertThat(grid[1][0].cell()).isSameAs(grid[0][0].cell());
		assertThat(grid[0][4].originCol()).as("column-spanning cell covers years").isEqualTo(2);
		assertThat(grid[1][2].isOrigin(1, 2)).isTrue();
		assertThat(grid[1][7].cell()).isSameAs(grid[0][7].cell());
	}

	@Test
	void refusesRowsThatDoNotFillTheColumns() {
		assertThatThrownBy(() -> Table.simple("", List.of(Column.left(1), Column.left(1)), List.of("a", "b"),
				List.of(List.of(Cell.text("only one")))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than the 2 columns");
		assertThatThrownBy(() -> new Table("", List.of(Column.left(1)), List.of(List.of(Cell.header("a", 1, 3))),
				List.of(), false))
			.hasMessageContaining("spans past the last row");
	}

	@Test
	void sheetsKnowWhereTheirBodyRowsStartForFormulas() {
		SheetModel sheet = new SheetModel("ปี 2570", List.of("แผนปฏิบัติการ", "จังหวัดพิษณุโลก"),
				SampleDocuments.budgetTable(5), Orientation.LANDSCAPE);

		assertThat(sheet.firstHeaderRow()).isEqualTo(4);
		assertThat(sheet.firstBodyRow()).isEqualTo(6);
		assertThat(sheet.lastBodyRow()).isEqualTo(11);
		assertThat(CellRefs.onSheet("ปี 2570", CellRefs.cell(3, 11))).isEqualTo("'ปี 2570'!D11");
		assertThat(CellRefs.column(26)).isEqualTo("AA");
		assertThat(SheetModel.safeName("งบ: [จังหวัด]/กลุ่มจังหวัด และอื่น ๆ อีกมากมาย")).hasSizeLessThanOrEqualTo(31)
			.doesNotContain(":", "[", "/");
		assertThatThrownBy(() -> new SheetModel("a/b", List.of(), SampleDocuments.budgetTable(1), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keepsFilePropertiesSortedAndRefusesThaiNumeralsInEnglish() {
		DocumentInfo info = DocumentInfo.thai("t", Instant.EPOCH).withProperty("b", "2").withProperty("a", "1");
		assertThat(info.properties()).containsEntry("a", "1").containsEntry("b", "2");
		assertThatThrownBy(() -> new DocumentInfo("t", "", "", DocumentLanguage.ENGLISH, true, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
