package org.smartcityplanner.reports.book;

import java.util.List;

import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.RunningText;

/**
 * The master-plan book (เล่มแผนแม่บทเมืองอัจฉริยะ) of a saved plan version, as a {@link DocumentModel}: cover,
 * contents, policy context, province and target areas with a map, vision, the seven smart dimensions with
 * goals, strategies, projects and KPI targets, alignment, readiness, infrastructure, City Data Platform,
 * management, participation, training, budget summary and appendices. Built only from its input, so the same
 * input gives the same book.
 */
public final class MasterPlanBook {

	/** Told after each chapter; may throw {@link BookCancelledException} to stop. */
	public interface Progress {
		void chapterDone(int done, int total);
	}

	/** The chapter keys contributed by other modules, in book order. */
	public static final List<String> CONTRIBUTED = List.of("participation", "training");

	private final List<Chapter> chapters = List.of(new PolicyChapter(), new ProfileChapter(), new VisionChapter(),
			new DimensionChapters(), new AlignmentChapter(), new ReadinessChapter(), SectionChapters.infrastructure(),
			SectionChapters.dataPlatform(), SectionChapters.management(), new ContributedChapter("participation"),
			new ContributedChapter("training"), new BudgetChapter(), new Appendices(), new EditionAppendix());

	/** How many steps {@link Progress} counts. */
	public int chapterCount() {
		return chapters.size();
	}

	public DocumentModel build(BookInput input, BookTexts texts, Progress progress) {
		BookParts parts = new BookParts(input, texts);
		DocumentLanguage language = texts.language();
		String title = texts.get("book.title", parts.provinceName());
		DocumentInfo info = new DocumentInfo(title, parts.itemName(input.plan().title(), input.plan().titleEn()),
				texts.get("book.issuer", parts.provinceName()),
				language, texts.thaiNumerals(), input.version().createdAt(), java.util.Map.of("plan-version-id",
						String.valueOf(input.version().id()), "plan-version-name", input.version().name()));
		DocumentModel.Builder book = DocumentModel.builder(info)
			.cover(CoverPage.of(parts))
			.running(new RunningText(runningTitle(title, input, language), "", RunningText.PageNumbers.TOP_CENTER))
			.numberCaptions()
			.tableOfContents()
			.endFrontMatter();
		for (int i = 0; i < chapters.size(); i++) {
			book.portrait();
			book.newPage();
			chapters.get(i).write(book, parts);
			progress.chapterDone(i + 1, chapters.size());
		}
		return EditionAppendix.withFingerprint(book.build(), parts);
	}

	/**
	 * The page header: the English book heads its pages with the plan's English title when it has one; otherwise
	 * (and in the Thai book) with the book's title, never with untranslated Thai.
	 */
	private static String runningTitle(String bookTitle, BookInput input, DocumentLanguage language) {
		String english = input.plan().titleEn();
		return language != DocumentLanguage.THAI && !english.isBlank() ? english : bookTitle;
	}
}
