package org.smartcityplanner.reports.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.documents.internal.DocxRenderer;

/**
 * The contents as a reader checks them: every entry's page number is the number printed on the page where that
 * heading lands (headings searched in order, from the page after the contents), and the contents carry the
 * front matter's own series (ก ข ค), not the body's. Catches a contents filled in before the final layout, or
 * not at all.
 */
class BookContentsPageNumbersPdfTests {

	/** A contents line ending in its leader and page number; the entry's text may start on earlier lines. */
	private static final Pattern ENTRY_END = Pattern.compile("^(.*?)[.\\s]{3,}(\\d+)$");

	/** The page number printed at the top of a page: "- 16 -", "-ก-". */
	private static final Pattern PAGE_LABEL = Pattern.compile("^-\\s*(\\S+)\\s*-$");

	@ParameterizedTest(name = "Thai numerals {0}")
	@ValueSource(booleans = { false, true })
	void everyContentsEntryGivesThePageItsHeadingPrintsOn(boolean thaiNumerals) throws Exception {
		var model = new MasterPlanBook().build(BookFixtures.input(Map.of()), texts(thaiNumerals), (d, t) -> {
		});
		byte[] pdf = PdfTestEngine.get().convert(new DocxRenderer().render(model));
		List<String> pages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(westernDigits(stripper.getText(doc)));
			}
		}
		int firstContentsPage = indexOfFirst(pages, key("สารบัญ"), 0);
		List<String[]> entries = new ArrayList<>();
		int page = firstContentsPage;
		while (page < pages.size() && (entries.isEmpty() || !hasBodyLabel(pages.get(page)))) {
			entries.addAll(entries(pages.get(page)));
			page++;
		}
		assertThat(label(pages.get(firstContentsPage))).as("the contents' own page number").isEqualTo("ก");
		assertThat(entries).hasSizeGreaterThan(20);

		List<String> wrong = new ArrayList<>();
		for (String[] entry : entries) {
			int at = indexOfFirst(pages, key(entry[0]), page);
			if (at < 0) {
				wrong.add(entry[0] + ": heading not found after page " + (page + 1));
				continue;
			}
			page = at;
			if (!entry[1].equals(label(pages.get(at)))) {
				wrong.add(entry[0] + ": contents say " + entry[1] + ", printed on " + label(pages.get(at)));
			}
		}
		assertThat(wrong).as("contents entries whose page number is not where the heading prints").isEmpty();
	}

	private static List<String[]> entries(String contentsPage) {
		List<String[]> entries = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (String line : contentsPage.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || PAGE_LABEL.matcher(trimmed).matches() || trimmed.equals("สารบัญ")
					|| trimmed.equals("หน้า")) {
				continue;
			}
			pending.append(trimmed).append(' ');
			Matcher end = ENTRY_END.matcher(pending.toString().strip());
			if (end.matches()) {
				entries.add(new String[] { end.group(1).strip(), end.group(2) });
				pending.setLength(0);
			}
		}
		return entries;
	}

	private static int indexOfFirst(List<String> pages, String compactText, int from) {
		for (int i = from; i < pages.size(); i++) {
			if (key(pages.get(i)).contains(compactText)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Text to compare headings by: no spaces, no dots and no Thai marks above or below the letters (the contents'
	 * text comes out with a mark after the leader's first dot, or before its letter).
	 */
	private static String key(String text) {
		return text.replaceAll("[\\s.\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]", "");
	}

	private static boolean hasBodyLabel(String page) {
		String label = label(page);
		return label != null && label.chars().allMatch(Character::isDigit);
	}

	private static String label(String page) {
		for (String line : page.split("\\R")) {
			Matcher matcher = PAGE_LABEL.matcher(line.strip());
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		return null;
	}

	private static String westernDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append(c >= '๐' && c <= '๙' ? (char) ('0' + c - '๐') : (char) c));
		return out.toString();
	}

	private static BookTexts texts(boolean thaiNumerals) {
		BookTexts thai = BookFixtures.texts(DocumentLanguage.THAI);
		return new BookTexts() {
			@Override
			public String get(String key, Object... args) {
				return thai.get(key, args);
			}

			@Override
			public DocumentLanguage language() {
				return DocumentLanguage.THAI;
			}

			@Override
			public boolean thaiNumerals() {
				return thaiNumerals;
			}
		};
	}
}
