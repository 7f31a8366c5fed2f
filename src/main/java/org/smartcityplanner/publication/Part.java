package org.smartcityplanner.publication;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One block of a publication's body, independent of any file format; the reports module renders it with the
 * documents engine (Thai government layout, TH SarabunPSK, Buddhist Era dates).
 */
public sealed interface Part permits Part.Heading, Part.Paragraph, Part.Table, Part.Chart, Part.Picture,
		Part.Landscape {

	/**
	 * A numbered heading.
	 *
	 * @param level 1 for a chapter or main section, 2 and 3 below it
	 * @param text  the heading's words
	 */
	record Heading(int level, String text) implements Part {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level 1-3: " + level);
			}
			text = Objects.requireNonNullElse(text, "");
		}
	}

	/**
	 * A paragraph.
	 *
	 * @param spans       the text, in order
	 * @param layout      how it sits on the line
	 * @param spaceBefore extra space above it in points
	 */
	record Paragraph(List<Span> spans, Layout layout, int spaceBefore) implements Part {

		/** How a paragraph sits on the line. */
		public enum Layout {
			/** The usual Thai body paragraph: first line indented, justified. */
			BODY,
			/** Left, no indent. */
			LEFT,
			/** Centred, as on a certificate. */
			CENTRED,
			/** Against the right margin: the date and signature block of an official order, the sender's address
			 * and date of an official letter. */
			RIGHT
		}

		public Paragraph {
			spans = List.copyOf(spans);
			layout = layout == null ? Layout.BODY : layout;
		}

		public static Paragraph body(String text) {
			return new Paragraph(List.of(Span.plain(text)), Layout.BODY, 0);
		}

		public static Paragraph centred(int spaceBefore, Span span) {
			return new Paragraph(List.of(span), Layout.CENTRED, spaceBefore);
		}
	}

	/**
	 * A table with one header row; an empty table prints the "no data yet" row. In a workbook it is a sheet.
	 *
	 * @param caption caption above it, may be empty
	 * @param columns the columns
	 * @param rows    body rows, one value per column
	 */
	record Table(String caption, List<Column> columns, List<List<Value>> rows) implements Part {

		/**
		 * @param title   the header
		 * @param weight  its share of the table width
		 * @param numeric right-aligned (numbers), else left-aligned
		 */
		public record Column(String title, double weight, boolean numeric) {

			public static Column text(String title, double weight) {
				return new Column(title, weight, false);
			}

			public static Column number(String title, double weight) {
				return new Column(title, weight, true);
			}
		}

		public Table {
			caption = Objects.requireNonNullElse(caption, "");
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
			int width = columns.size();
			if (width == 0 || rows.stream().anyMatch(row -> row.size() != width)) {
				throw new IllegalArgumentException("a table needs columns and one value per column in each row");
			}
		}
	}

	/**
	 * A bar chart, drawn as a picture with every bar labelled by its value.
	 *
	 * @param caption    caption under it
	 * @param labels     one per bar (or group of bars)
	 * @param series     one or more series of values, one value per label; several series are compared side by
	 *                   side with a legend (horizontal bars only)
	 * @param horizontal bars growing to the right of their labels (suits long labels) rather than columns
	 * @param max        the value of a full-length bar (100 for percentages), or null for the largest value
	 * @param unit       appended to the printed values, e.g. "%", may be empty
	 */
	record Chart(String caption, List<String> labels, List<Series> series, boolean horizontal, BigDecimal max,
			String unit) implements Part {

		/**
		 * @param name   legend entry
		 * @param values one per label
		 */
		public record Series(String name, List<BigDecimal> values) {

			public Series {
				values = List.copyOf(values);
			}
		}

		public Chart {
			labels = List.copyOf(labels);
			series = List.copyOf(series);
			unit = Objects.requireNonNullElse(unit, "");
		}
	}

	/**
	 * A picture (e.g. a QR code), centred, its caption below.
	 *
	 * @param png      the PNG file
	 * @param widthPx  its width in pixels
	 * @param heightPx its height in pixels
	 * @param widthCm  the width on paper
	 * @param caption  caption, may be empty
	 * @param altText  description for readers who cannot see it
	 */
	record Picture(byte[] png, int widthPx, int heightPx, double widthCm, String caption, String altText)
			implements Part {

		public Picture {
			Objects.requireNonNull(png, "png");
		}
	}

	/** The parts after it print on landscape pages (wide tables) in a stand-alone publication. */
	record Landscape() implements Part {
	}
}
