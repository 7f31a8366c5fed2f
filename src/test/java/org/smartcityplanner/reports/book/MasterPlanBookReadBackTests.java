package org.smartcityplanner.reports.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.documents.PdfTestEngine.compact;
import static org.smartcityplanner.reports.book.MasterPlanBookReadBackTests.Text.loose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcityplanner.documents.Block;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.ThaiWords;
import org.smartcityplanner.documents.internal.DocxRenderer;
import org.smartcityplanner.plan.model.alignment.AlignedItem;
import org.smartcityplanner.plan.model.alignment.MatrixRow;

/**
 * The crowded book printed to PDF and read back page by page: the checks that would have caught the defects
 * of the demo book (cut alignment rows, split numbers, orphaned SWOT headers, unnumbered tables, blank pages,
 * front matter in the body's numbering, Thai words broken at a line end). Pages go to target/documents-png/.
 */
class MasterPlanBookReadBackTests {

	/** Text compared without spaces and without Thai marks: extraction may put a tone mark after the next letter. */
	static final class Text {

		static String loose(String text) {
			return compact(text).replaceAll("[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]", "");
		}
	}

	private static final Map<DocumentLanguage, Printed> PRINTED = new EnumMap<>(DocumentLanguage.class);

	private record Printed(DocumentModel model, List<String> pages) {

		String all() {
			return String.join("\n", pages);
		}

		/**
		 * The text of the pages as one flow: without the page numbers at the top, and without the header row a
		 * table repeats at the top of a page, so a row split across pages reads on.
		 */
		String flow() {
			List<String> headers = model.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
				.filter(t -> t.headerRows().size() == 1)
				.map(t -> loose(String.join("", t.headerRows().get(0).stream().map(c -> c.value() instanceof
						CellValue.Text h ? h.text() : "").toList())))
				.distinct().toList();
			StringBuilder out = new StringBuilder();
			for (String page : pages) {
				String body = loose(page.lines().skip(1).reduce("", (a, b) -> a + "\n" + b));
				for (String header : headers) {
					if (!header.isEmpty() && body.startsWith(header)) {
						body = body.substring(header.length());
						break;
					}
				}
				out.append(body);
			}
			return out.toString();
		}
	}

	private static synchronized Printed printed(DocumentLanguage language) throws Exception {
		if (!PRINTED.containsKey(language)) {
			BookInput input = CrowdedBook.input();
			DocumentModel model = new MasterPlanBook().build(input, BookFixtures.texts(language), (d, t) -> {
			});
			byte[] pdf = PdfTestEngine.get().convert(new DocxRenderer().render(model));
			List<String> pages = new ArrayList<>();
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				PDFTextStripper stripper = new PDFTextStripper();
				for (int p = 1; p <= doc.getNumberOfPages(); p++) {
					stripper.setStartPage(p);
					stripper.setEndPage(p);
					pages.add(stripper.getText(doc));
				}
			}
			PdfTestEngine.pngs(pdf, Path.of("target/documents-png"), "crowded-book-" + language.code(), 1, pages.size());
			PRINTED.put(language, new Printed(model, pages));
		}
		return PRINTED.get(language);
	}

	@Test
	void everyAlignmentRowIsPrintedInFullEvenWhenTallerThanAPage() throws Exception {
		Printed book = printed(DocumentLanguage.THAI);
		String text = book.flow();
		List<MatrixRow> touched = CrowdedBook.input().alignment().matrix().stream().filter(MatrixRow::isTouched).toList();

		assertThat(touched).anyMatch(row -> row.count() >= CrowdedBook.PROJECTS);
		for (MatrixRow row : touched) {
			for (AlignedItem item : row.items()) {
				assertThat(text).as("%s: %s", row.code(), item.label()).contains(loose(item.label()));
			}
		}
	}

	@ParameterizedTest
	@EnumSource(DocumentLanguage.class)
	void noTableCellTextIsMissingAndNoNumberIsSplitAcrossLines(DocumentLanguage language) throws Exception {
		Printed book = printed(language);
		String text = book.flow();
		List<String> lines = book.all().lines().map(line -> line.replaceAll("\\s+", "")).toList();
		for (Table table : tables(book.model())) {
			for (List<Cell> row : table.rows()) {
				for (Cell cell : row) {
					if (cell.value() instanceof CellValue.Text t) {
						// each line of a cell is a paragraph of its own; the PDF may put a neighbour's between them
						t.text().lines().forEach(line -> assertThat(readsInOrder(text, loose(line)))
							.as("cell of %s: %s", table.caption(), line).isTrue());
					}
					else if (cell.value() instanceof CellValue.Number n) {
						String number = NumberText.format(n.value(), n.style(), false);
						assertThat(lines).as("%s in %s on one line", number, table.caption())
							.anyMatch(line -> line.contains(number));
					}
				}
			}
		}
	}

	@Test
	void eachSwotQuadrantPrintsUnderItsOwnHeader() throws Exception {
		Printed book = printed(DocumentLanguage.THAI);
		var swot = CrowdedBook.input().swot();
		assertUnderHeader(book, swot.opportunities().get(0), "โอกาส", "จุดแข็ง");
		assertUnderHeader(book, swot.threats().get(0), "อุปสรรค", "จุดอ่อน");
		assertUnderHeader(book, swot.strengths().get(0), "จุดแข็ง", "โอกาส");
	}

	private static void assertUnderHeader(Printed book, String item, String header, String wrongHeader) {
		String page = book.pages().stream().map(Text::loose).filter(p -> p.contains(loose(item))).findFirst()
			.orElseThrow(() -> new AssertionError(item + " not printed"));
		String before = page.substring(0, page.indexOf(loose(item)));
		header = loose(header);
		wrongHeader = loose(wrongHeader);
		assertThat(before).as("header over " + item).contains(header);
		assertThat(before.substring(before.lastIndexOf(header))).as("no other header between").doesNotContain(wrongHeader);
	}

	@ParameterizedTest
	@EnumSource(DocumentLanguage.class)
	void everyTableAndFigureIsNumberedAndCaptioned(DocumentLanguage language) throws Exception {
		Printed book = printed(language);
		String text = loose(book.all());
		int tables = 0;
		int figures = 0;
		String table = language == DocumentLanguage.THAI ? "ตารางที่ " : "Table ";
		String figure = language == DocumentLanguage.THAI ? "ภาพที่ " : "Figure ";
		for (Block block : book.model().blocks()) {
			if (block instanceof Table t) {
				if (!t.caption().isBlank()) {
					assertThat(text).contains(loose(table + ++tables + " " + t.caption()));
				}
				else {
					assertThat(t.headerRows()).as("only the SWOT's second half goes without a caption").hasSize(1);
				}
			}
			else if (block instanceof Image i) {
				assertThat(i.caption()).isNotBlank();
				assertThat(text).contains(loose(figure + ++figures + " " + i.caption()));
			}
		}
		assertThat(tables).isGreaterThan(8);
		assertThat(figures).isGreaterThanOrEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(DocumentLanguage.class)
	void hasNoBlankPageAndNumbersTheFrontMatterSeparately(DocumentLanguage language) throws Exception {
		Printed book = printed(language);
		for (int p = 1; p < book.pages().size(); p++) {
			String content = compact(book.pages().get(p)).replaceAll("^-[^-]+-", "");
			assertThat(content.length()).as("text on page %d", p + 1).isGreaterThan(3);
		}
		List<String> numbers = book.pages().stream().map(page -> compact(page).replaceAll("^-([^-]+)-.*", "$1"))
			.toList();
		String[] front = language == DocumentLanguage.THAI ? new String[] { "ก", "ข", "ค" }
				: new String[] { "i", "ii", "iii" };
		int body = numbers.indexOf("1");
		assertThat(body).as("contents pages before the body").isBetween(2, 4);
		assertThat(numbers.subList(1, body)).containsExactly(java.util.Arrays.copyOf(front, body - 1));
		assertThat(loose(book.pages().get(body))).startsWith(loose("-1-" + (language == DocumentLanguage.THAI
				? "บทที่ 1" : "Chapter 1")));
		assertThat(numbers.subList(body, body + 3)).containsExactly("1", "2", "3");
	}

	@ParameterizedTest
	@EnumSource(DocumentLanguage.class)
	void theAppendicesHeadingsShareTheirPageWithTheFirstRowOfAppendixA(DocumentLanguage language) throws Exception {
		Printed book = printed(language);
		var texts = BookFixtures.texts(language);
		String headings = loose(texts.get("book.ch.appendices") + texts.get("book.appx.projects"));
		Table appendixA = tables(book.model()).stream()
			.filter(t -> t.caption().equals(texts.get("book.appx.projectsTable"))).findFirst().orElseThrow();
		String firstRow = loose(((CellValue.Text) appendixA.rows().get(0).get(1).value()).text());

		String page = book.pages().stream().map(Text::loose).filter(p -> p.contains(headings)).reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("appendix headings not printed"));
		assertThat(page.substring(page.indexOf(headings))).as("the table's header under the headings")
			.contains(loose(texts.get("book.appx.partners")));
		assertThat(readsInOrder(page.substring(page.indexOf(headings)), firstRow)).as(firstRow).isTrue();
	}

	@Test
	void thaiWordsAreNotBrokenAtTheEndOfALine() throws Exception {
		Printed book = printed(DocumentLanguage.THAI);
		List<String> words = List.of("บูรณาการ", "อินโดจีน", "ภายใต้", "งบประมาณ", "หน่วยงาน", "ตะวันออก",
				"เชื่อมโยง");
		for (String page : book.pages()) {
			List<String> lines = page.lines().map(Text::loose).filter(line -> !line.isEmpty()).toList();
			for (int i = 0; i + 1 < lines.size(); i++) {
				String end = lines.get(i);
				String start = lines.get(i + 1);
				for (String word : words) {
					String w = loose(word);
					for (int cut = 1; cut < w.length(); cut++) {
						assertThat(end.endsWith(w.substring(0, cut)) && start.startsWith(w.substring(cut)))
							.as("'%s' broken at a line end: %s | %s", word, end, start).isFalse();
					}
				}
			}
		}
		assertThat(ThaiWords.withoutLineBreaks(compact(book.all()))).as("marks left out of the PDF text")
			.isEqualTo(compact(book.all()));
	}

	/**
	 * Whether {@code line} is in the text whole, or in up to three parts in order: a row split across pages
	 * continues after the other columns' part and the repeated header.
	 */
	private static boolean readsInOrder(String text, String line) {
		int from = 0;
		String rest = line;
		for (int parts = 0; !rest.isEmpty(); parts++) {
			if (parts == 3) {
				return false;
			}
			int length = rest.length();
			int found = text.indexOf(rest, from);
			while (found < 0 && --length >= Math.min(4, rest.length())) {
				found = text.indexOf(rest.substring(0, length), from);
			}
			if (found < 0) {
				return false;
			}
			from = found + length;
			rest = rest.substring(length);
		}
		return true;
	}

	private static List<Table> tables(DocumentModel model) {
		return model.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
	}
}
