package org.smartcityplanner.documents;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Column widths and text size of a table, from its content: every column is at least as wide as its longest
 * number or word in the document font, so no number is split and no word broken; the columns' weights share
 * out the rest of the width. When the words do not fit the page at the table size, the text gets smaller (down
 * to {@link #SMALLEST_STEP} points less); only a table that does not fit even then has words broken (and
 * {@link DocumentModel.Builder} moves such a table to a landscape page first). It also says which rows may split
 * across pages: only those taller than a few lines (moving them whole would leave much of a page empty).
 *
 * @param widthsPt      each column's width in points, cell padding included
 * @param sizePt        the text size for the table's cells
 * @param fits          whether every word fits its column (false: the table was squeezed, words break)
 * @param mayNotSplit   per body row, whether it is kept on one page
 */
public record TableLayout(double[] widthsPt, int sizePt, boolean fits, boolean[] mayNotSplit) {

	/** Cell padding, left plus right, in points (the renderer's cell margins). */
	public static final double PADDING_PT = 8;

	/** How many points smaller than the page's table size the text may get before words break. */
	public static final int SMALLEST_STEP = 3;

	/** A single word longer than this share of the table width may break rather than widen its column. */
	private static final double LONGEST_WORD_SHARE = 0.45;

	/**
	 * Rows taller than this share of the page height (about three lines on a landscape page, four on a portrait
	 * one) may split; shorter ones move whole to the next page. At a third of the page, rows of five or six lines
	 * moving whole left a landscape page of the large book's appendix A with three rows on it.
	 */
	private static final double SPLIT_ROW_SHARE = 0.15;

	private static final double LINE_HEIGHT = 1.6;

	private static final double POINTS_PER_CM = 72 / 2.54;

	/**
	 * Lays out {@code table} on a page of {@code page}'s setup in {@code orientation}.
	 *
	 * @param body     the body rows as printed (the placeholder row for an empty table)
	 * @param cellText how a cell's value is printed
	 */
	public static TableLayout of(Table table, List<List<Cell>> body, PageSetup page, Orientation orientation,
			Function<CellValue, String> cellText) {
		Columns columns = columns(table, body, page, orientation, cellText);
		boolean[] keep = new boolean[body.size()];
		double pageHeight = (orientation == Orientation.LANDSCAPE ? PageSetup.A4_WIDTH_CM : PageSetup.A4_HEIGHT_CM)
				- page.marginTopCm() - page.marginBottomCm();
		double limit = pageHeight * POINTS_PER_CM * SPLIT_ROW_SHARE;
		TableGrid.Slot[][] grid = TableGrid.layout(columns.widths.length, body);
		for (int r = 0; r < body.size(); r++) {
			keep[r] = rowHeight(grid, r, columns.widths, columns.size, cellText) <= limit;
		}
		return new TableLayout(columns.widths, columns.size, columns.fits, keep);
	}

	/** Whether the table's words, digits as {@code thaiNumerals} says, fit a page of this orientation. */
	public static boolean fits(Table table, PageSetup page, Orientation orientation, boolean thaiNumerals) {
		// the rows' heights are not needed to know whether the words fit
		return columns(table, table.rows(), page, orientation, value -> printed(value, thaiNumerals)).fits;
	}

	/** Whether the table's words (in Western digits) fit a page of this orientation at the smallest text size. */
	public static boolean fits(Table table, PageSetup page, Orientation orientation) {
		return fits(table, page, orientation, false);
	}

	/** Column widths and text size; whether every word fits. */
	private record Columns(double[] widths, int size, boolean fits) {
	}

	private static Columns columns(Table table, List<List<Cell>> body, PageSetup page, Orientation orientation,
			Function<CellValue, String> cellText) {
		int columns = table.columns().size();
		double available = page.textWidthCm(orientation) * POINTS_PER_CM;
		int base = page.tableSizePt();
		double[] min = new double[columns];
		double[] natural = new double[columns];
		measure(table.headerRows(), true, false, min, natural, available, base, cellText);
		measure(body, false, table.totalsRow(), min, natural, available, base, cellText);
		int size = base;
		while (size > base - SMALLEST_STEP && scaled(min, size, base) + columns * PADDING_PT > available) {
			size--;
		}
		boolean fits = scaled(min, size, base) + columns * PADDING_PT <= available;
		double ratio = (double) size / base;
		double[] widths = new double[columns];
		double[] lower = new double[columns];
		double[] upper = new double[columns];
		for (int c = 0; c < columns; c++) {
			lower[c] = min[c] * ratio + PADDING_PT;
			upper[c] = Math.max(lower[c], natural[c] * ratio + PADDING_PT);
		}
		if (fits) {
			share(table.columns(), lower, upper, available, widths);
		}
		else {
			// the words cannot all fit: columns in proportion to their longest word
			for (int c = 0; c < columns; c++) {
				widths[c] = available * lower[c] / (scaled(min, size, base) + columns * PADDING_PT);
			}
		}
		return new Columns(widths, size, fits);
	}

	/** A cell as printed: Thai digits are wider than Western ones. */
	private static String printed(CellValue value, boolean thaiNumerals) {
		if (value instanceof CellValue.Text t) {
			return ThaiNumerals.apply(t.text(), thaiNumerals);
		}
		if (value instanceof CellValue.Number n) {
			return NumberText.format(n.value(), n.style(), thaiNumerals);
		}
		if (value instanceof CellValue.Formula f && f.shown() != null) {
			return NumberText.format(f.shown(), f.style(), thaiNumerals);
		}
		return "";
	}

	private static double scaled(double[] min, int size, int base) {
		return Arrays.stream(min).sum() * size / base;
	}

	private static void measure(List<List<Cell>> rows, boolean header, boolean totals, double[] min,
			double[] natural, double available, int size, Function<CellValue, String> cellText) {
		TableGrid.Slot[][] grid = TableGrid.layout(min.length, rows);
		for (int r = 0; r < rows.size(); r++) {
			boolean bold = header || (totals && r == rows.size() - 1);
			for (int c = 0; c < min.length; c++) {
				TableGrid.Slot slot = grid[r][c];
				if (!slot.isOrigin(r, c)) {
					continue;
				}
				Cell cell = slot.cell();
				String text = cellText.apply(cell.value());
				double longestWord = 0;
				double longestLine = 0;
				for (String line : text.split("\\R")) {
					longestLine = Math.max(longestLine, TextMeasure.widthPt(line, bold || cell.bold(), size));
					for (String piece : TextMeasure.unbreakable(line)) {
						longestWord = Math.max(longestWord, TextMeasure.widthPt(piece, bold || cell.bold(), size));
					}
				}
				longestWord = Math.min(longestWord, available * LONGEST_WORD_SHARE);
				spread(min, c, cell.colSpan(), longestWord);
				spread(natural, c, cell.colSpan(), longestLine);
			}
		}
	}

	/** Makes columns {@code from}..{@code from+span-1} together at least {@code needed} wide. */
	private static void spread(double[] widths, int from, int span, double needed) {
		double have = 0;
		for (int c = from; c < from + span; c++) {
			have += widths[c];
		}
		if (needed > have) {
			for (int c = from; c < from + span; c++) {
				widths[c] += (needed - have) / span;
			}
		}
	}

	/**
	 * Shares out {@code available} by the columns' weights, but never below a column's longest word nor above
	 * its longest line while another column could use the room.
	 */
	private static void share(List<Column> columns, double[] lower, double[] upper, double available,
			double[] widths) {
		int n = columns.size();
		boolean[] fixed = new boolean[n];
		for (int round = 0; round <= n; round++) {
			double free = available;
			double weights = 0;
			for (int c = 0; c < n; c++) {
				if (fixed[c]) {
					free -= widths[c];
				}
				else {
					weights += columns.get(c).weight();
				}
			}
			if (weights == 0) {
				break;
			}
			boolean changed = false;
			for (int c = 0; c < n; c++) {
				if (fixed[c]) {
					continue;
				}
				double wanted = free * columns.get(c).weight() / weights;
				if (wanted < lower[c]) {
					widths[c] = lower[c];
					fixed[c] = true;
					changed = true;
				}
				else if (wanted > upper[c]) {
					widths[c] = upper[c];
					fixed[c] = true;
					changed = true;
				}
				else {
					widths[c] = wanted;
				}
			}
			if (!changed) {
				return;
			}
		}
		// every column reached its longest line: the rest goes out by weight
		double used = Arrays.stream(widths).sum();
		double weights = columns.stream().mapToDouble(Column::weight).sum();
		for (int c = 0; c < n; c++) {
			widths[c] += (available - used) * columns.get(c).weight() / weights;
		}
	}

	private static double rowHeight(TableGrid.Slot[][] grid, int r, double[] widths, int size,
			Function<CellValue, String> cellText) {
		double tallest = 0;
		for (int c = 0; c < widths.length; c++) {
			TableGrid.Slot slot = grid[r][c];
			if (!slot.isOrigin(r, c)) {
				continue;
			}
			double width = -PADDING_PT;
			for (int k = c; k < c + slot.cell().colSpan(); k++) {
				width += widths[k];
			}
			int lines = 0;
			for (String line : cellText.apply(slot.cell().value()).split("\\R")) {
				// wrapping wastes part of each line; a tenth more is a fair guess
				lines += Math.max(1, (int) Math.ceil(TextMeasure.widthPt(line, slot.cell().bold(), size) * 1.1
						/ Math.max(width, 1)));
			}
			tallest = Math.max(tallest, lines * size * LINE_HEIGHT / slot.cell().rowSpan());
		}
		return tallest;
	}
}
