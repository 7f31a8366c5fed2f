package org.smartcityplanner.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.BarChart;
import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.Cover;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.PageSetup;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Run;
import org.smartcityplanner.documents.RunningText;
import org.smartcityplanner.documents.SheetModel;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.WorkbookModel;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Span;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.publication.Workbook;

/**
 * Turns the neutral publications of the contract ({@code publication}) into the documents engine's models, so
 * contributors never see the engine and the engine never sees a contributor.
 */
public final class PublicationModels {

	/** Charts span the text width of an A4 portrait page. */
	static final double CHART_WIDTH_CM = 16;

	private PublicationModels() {
	}

	/** The publication as the documents engine's model, in Thai numerals when asked (Thai documents only). */
	public static DocumentModel document(Publication publication, boolean thaiNumerals) {
		DocumentInfo info = info(publication.title(), publication.language(), publication.madeAt(),
				publication.properties(), thaiNumerals || publication.thaiNumerals());
		DocumentModel.Builder doc = DocumentModel.builder(info)
			.running(publication.pageNumbers() ? RunningText.pageNumbersOnly()
					: new RunningText("", "", RunningText.PageNumbers.NONE));
		if (publication.titlePage() != null) {
			var page = publication.titlePage();
			doc.cover(new Cover(page.title(), page.subtitle(), page.lines(), null, page.bottom()));
		}
		for (Part part : publication.parts()) {
			if (part instanceof Part.Landscape) {
				doc.landscape();
			}
			else {
				doc.add(block(part, thaiNumerals));
			}
		}
		return doc.build();
	}

	/** A book chapter's blocks; book chapters stay portrait, so a landscape mark is skipped. */
	/** Parts as the engine's blocks, e.g. a contributed chapter of the book. */
	public static List<Block> blocks(List<Part> parts, boolean thaiNumerals) {
		return parts.stream().filter(part -> !(part instanceof Part.Landscape)).map(part -> block(part, thaiNumerals))
			.toList();
	}

	/** The workbook as the engine's model, with Thai-digit number formats when asked. */
	public static WorkbookModel workbook(Workbook workbook, boolean thaiNumerals) {
		List<SheetModel> sheets = workbook.sheets().stream()
			.map(sheet -> new SheetModel(sheet.name(), sheet.titleLines(), table(sheet.table()),
					sheet.landscape() ? Orientation.LANDSCAPE : Orientation.PORTRAIT))
			.toList();
		return new WorkbookModel(info(workbook.title(), workbook.language(), workbook.madeAt(), Map.of(), thaiNumerals),
				PageSetup.TH_SARABUN_PSK, sheets);
	}

	private static DocumentInfo info(String title, java.util.Locale language, java.time.Instant madeAt,
			Map<String, String> properties, boolean thaiNumerals) {
		DocumentLanguage documentLanguage = DocumentLanguage.of(language);
		// Thai numerals belong to Thai documents only; an English publication keeps its digits
		return new DocumentInfo(title, "", "", documentLanguage, thaiNumerals && documentLanguage == DocumentLanguage.THAI,
				madeAt, properties);
	}

	private static Block block(Part part, boolean thaiNumerals) {
		if (part instanceof Part.Heading heading) {
			return Heading.of(heading.level(), heading.text());
		}
		if (part instanceof Part.Paragraph paragraph) {
			return paragraph(paragraph);
		}
		if (part instanceof Part.Table table) {
			return table(table);
		}
		if (part instanceof Part.Chart chart) {
			return chart(chart, thaiNumerals).toImage(CHART_WIDTH_CM);
		}
		if (part instanceof Part.Picture picture) {
			return new Image(picture.png(), picture.widthPx(), picture.heightPx(), picture.widthCm(), picture.caption(),
					picture.altText());
		}
		throw new IllegalArgumentException("not a block: " + part.getClass().getSimpleName());
	}

	private static Paragraph paragraph(Part.Paragraph paragraph) {
		List<Run> runs = paragraph.spans().stream().map(PublicationModels::run).toList();
		return switch (paragraph.layout()) {
			case BODY -> new Paragraph(runs, Align.DISTRIBUTED, true, paragraph.spaceBefore());
			case LEFT -> new Paragraph(runs, Align.LEFT, false, paragraph.spaceBefore());
			case CENTRED -> new Paragraph(runs, Align.CENTER, false, paragraph.spaceBefore());
			case RIGHT -> new Paragraph(runs, Align.RIGHT, false, paragraph.spaceBefore());
		};
	}

	private static Run run(Span span) {
		return new Run(span.text(), span.bold(), span.italic(), span.sizePt());
	}

	static Table table(Part.Table table) {
		List<Column> columns = table.columns().stream()
			.map(column -> column.numeric() ? Column.right(column.weight()) : Column.left(column.weight()))
			.toList();
		List<String> titles = table.columns().stream().map(Part.Table.Column::title).toList();
		List<List<Cell>> rows = new ArrayList<>();
		table.rows().forEach(row -> rows.add(row.stream().map(PublicationModels::cell).toList()));
		return Table.simple(table.caption(), columns, titles, rows);
	}

	private static Cell cell(Value value) {
		if (value instanceof Value.Text text) {
			return Cell.text(text.text());
		}
		if (value instanceof Value.Number number) {
			return Cell.number(number.value(), !number.decimal() ? NumberStyle.INTEGER
					: number.decimals() == 1 ? NumberStyle.ONE_DECIMAL : NumberStyle.DECIMAL);
		}
		return Cell.empty();
	}

	private static BarChart chart(Part.Chart chart, boolean thaiNumerals) {
		List<BarChart.Series> series = chart.series().stream()
			.map(s -> new BarChart.Series(s.name(), s.values()))
			.toList();
		if (chart.horizontal()) {
			return BarChart.horizontal(chart.caption(), chart.labels(), series, chart.max(), chart.unit(), thaiNumerals);
		}
		return new BarChart(chart.caption(), chart.labels(), series, NumberStyle.GENERAL, thaiNumerals,
				BarChart.Direction.VERTICAL, chart.max(), chart.unit());
	}
}
