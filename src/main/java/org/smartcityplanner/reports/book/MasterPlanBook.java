package org.smartcityplanner.reports.book;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.smartcityplanner.documents.Cover;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.RunningText;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.plan.model.PlanPeriod;

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

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final List<Chapter> chapters = List.of(new PolicyChapter(), new ProfileChapter(), new VisionChapter(),
			new DimensionChapters(), new AlignmentChapter(), new ReadinessChapter(), SectionChapters.infrastructure(),
			SectionChapters.dataPlatform(), SectionChapters.management(), new ContributedChapter("participation"),
			new ContributedChapter("training"), new BudgetChapter(), new Appendices());

	/** How many steps {@link Progress} counts. */
	public int chapterCount() {
		return chapters.size();
	}

	public DocumentModel build(BookInput input, BookTexts texts, Progress progress) {
		BookParts parts = new BookParts(input, texts);
		DocumentLanguage language = texts.language();
		String title = texts.get("book.title", parts.provinceName());
		DocumentInfo info = new DocumentInfo(title, input.plan().title(), texts.get("book.issuer", parts.provinceName()),
				language, false, input.version().createdAt(), java.util.Map.of("plan-version-id",
						String.valueOf(input.version().id()), "plan-version-name", input.version().name()));
		LocalDate saved = LocalDate.ofInstant(input.version().createdAt(), BANGKOK);
		PlanPeriod period = input.plan().period();
		DocumentModel.Builder book = DocumentModel.builder(info)
			.cover(new Cover(texts.get("book.coverTitle"), texts.get("book.coverProvince", parts.provinceName()),
					List.of(input.plan().title(), texts.get("book.period", period.first().buddhistYear(),
							period.last().buddhistYear()), texts.get("book.versionLine", input.version().name())),
					null, List.of(texts.get("book.issuer", parts.provinceName()), language == DocumentLanguage.THAI
							? ThaiDates.monthYear(saved) : ThaiDates.format(saved, language, false).replaceFirst("^\\d+ ", ""))))
			.running(new RunningText(title, "", RunningText.PageNumbers.TOP_CENTER))
			.numberCaptions()
			.tableOfContents()
			.endFrontMatter();
		for (int i = 0; i < chapters.size(); i++) {
			book.portrait();
			book.newPage();
			chapters.get(i).write(book, parts);
			progress.chapterDone(i + 1, chapters.size());
		}
		return book.build();
	}
}
