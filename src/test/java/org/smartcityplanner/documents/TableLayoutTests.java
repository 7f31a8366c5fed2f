package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Column widths from the content, checked against the widths of the same words measured on their own in the
 * document font: no number or word is narrower than its column; text gets smaller before words break; tall
 * rows may split, short ones not.
 */
class TableLayoutTests {

	private static final PageSetup PAGE = PageSetup.official();

	private static double measured(String text, boolean bold, int size) {
		return TextMeasure.widthPt(text, bold, size) + TableLayout.PADDING_PT;
	}

	private static TableLayout layout(Table table, Orientation orientation) {
		return TableLayout.of(table, table.rows(), PAGE, orientation, value -> value instanceof CellValue.Text t
				? t.text() : value instanceof CellValue.Number n ? NumberText.format(n.value(), n.style(), false) : "");
	}

	@Test
	void everyColumnIsAtLeastAsWideAsItsLongestNumberAndWordWhateverItsWeight() {
		Table table = Table.simple("", List.of(Column.left(10), Column.right(0.3), Column.left(0.3)),
				List.of("โครงการ", "งบประมาณรวม (บาท)", "ปีงบประมาณ"),
				List.of(List.of(Cell.text("ระบบติดตามคุณภาพอากาศ"), Cell.number(new BigDecimal("168100000.25"),
						NumberStyle.BAHT), Cell.text("2570–2574"))));

		TableLayout layout = layout(table, Orientation.PORTRAIT);

		assertThat(layout.fits()).isTrue();
		assertThat(layout.sizePt()).isEqualTo(PAGE.tableSizePt());
		assertThat(layout.widthsPt()[1]).isGreaterThanOrEqualTo(measured("168,100,000.25", false, 14))
			.isGreaterThanOrEqualTo(measured("(บาท)", true, 14));
		assertThat(layout.widthsPt()[2]).isGreaterThanOrEqualTo(measured("ปีงบประมาณ", true, 14))
			.isGreaterThanOrEqualTo(measured("2570–2574", false, 14));
		assertThat(sum(layout)).isCloseTo(PAGE.textWidthCm(Orientation.PORTRAIT) * 72 / 2.54,
				org.assertj.core.data.Offset.offset(0.5));
	}

	@Test
	void makesTheTextSmallerBeforeBreakingWordsAndSqueezesOnlyWhenThatIsNotEnough() {
		int smallest = PAGE.tableSizePt() - TableLayout.SMALLEST_STEP;
		int columns = fitting(PAGE.tableSizePt(), Orientation.PORTRAIT) + 1;
		assertThat(columns).as("fits in smaller text").isLessThanOrEqualTo(fitting(smallest, Orientation.PORTRAIT));
		Table wide = numbers(columns);
		TableLayout smaller = layout(wide, Orientation.PORTRAIT);
		assertThat(smaller.fits()).isTrue();
		assertThat(smaller.sizePt()).isLessThan(PAGE.tableSizePt());
		assertThat(smaller.widthsPt()[0]).isGreaterThanOrEqualTo(measured("12,345.25", false, smaller.sizePt()));

		TableLayout squeezed = layout(numbers(fitting(smallest, Orientation.PORTRAIT) + 1), Orientation.PORTRAIT);
		assertThat(squeezed.fits()).isFalse();
		assertThat(squeezed.sizePt()).isEqualTo(PAGE.tableSizePt() - TableLayout.SMALLEST_STEP);
	}

	@Test
	void theBuilderPutsATableThatDoesNotFitPortraitOnALandscapePage() {
		int smallest = PAGE.tableSizePt() - TableLayout.SMALLEST_STEP;
		Table wide = numbers(fitting(smallest, Orientation.PORTRAIT) + 1);
		assertThat(TableLayout.fits(wide, PAGE, Orientation.PORTRAIT)).isFalse();
		assertThat(TableLayout.fits(wide, PAGE, Orientation.LANDSCAPE)).isTrue();

		DocumentModel model = DocumentModel.builder(DocumentInfo.thai("t", java.time.Instant.EPOCH)).paragraph("ก่อน")
			.add(wide).paragraph("หลัง").build();

		assertThat(model.sections()).extracting(Section::orientation)
			.containsExactly(Orientation.PORTRAIT, Orientation.LANDSCAPE, Orientation.PORTRAIT);
		assertThat(model.sections().get(1).blocks()).containsExactly(wide);
	}

	@Test
	void onlyRowsTooTallToMoveWholeMaySplitAcrossPages() {
		String tall = String.join("\n", Collections.nCopies(60, "• โครงการพัฒนาระบบข้อมูลเมือง"));
		Table table = Table.simple("", List.of(Column.left(1), Column.left(4)), List.of("รหัส", "รายการ"),
				List.of(List.of(Cell.text("NS5"), Cell.text(tall)), List.of(Cell.text("NS2"), Cell.text("โครงการเดียว"))));

		TableLayout layout = layout(table, Orientation.PORTRAIT);

		assertThat(layout.mayNotSplit()).containsExactly(false, true);
	}

	@Test
	void aRowOfFiveLinesMaySplitOnALandscapePageSoItLeavesNoLargeGapAtTheFoot() {
		String fiveLines = String.join("\n", Collections.nCopies(5, "เทศบาลนครพิษณุโลก"));
		Table table = Table.simple("", List.of(Column.left(1), Column.left(4)), List.of("รหัส", "รายการ"),
				List.of(List.of(Cell.text("1"), Cell.text(fiveLines)), List.of(Cell.text("2"), Cell.text("สามบรรทัด\nสอง\nหนึ่ง"))));

		TableLayout layout = layout(table, Orientation.LANDSCAPE);

		assertThat(layout.mayNotSplit()).containsExactly(false, true);
	}

	/** How many columns of "12,345.25" fit across the page at this size, measured on their own. */
	private static int fitting(int size, Orientation orientation) {
		return (int) (PAGE.textWidthCm(orientation) * 72 / 2.54 / measured("12,345.25", false, size));
	}

	private static Table numbers(int columns) {
		List<Column> cols = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<Cell> row = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			cols.add(Column.right(1));
			titles.add(String.valueOf(2570 + c));
			row.add(Cell.number(new BigDecimal("12345.25"), NumberStyle.BAHT));
		}
		return Table.simple("", cols, titles, List.of(row));
	}

	private static double sum(TableLayout layout) {
		double total = 0;
		for (double w : layout.widthsPt()) {
			total += w;
		}
		return total;
	}
}
