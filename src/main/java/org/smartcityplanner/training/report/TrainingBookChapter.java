package org.smartcityplanner.training.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.publication.ChapterContribution;
import org.smartcityplanner.publication.Part.Table.Column;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.PublicationContributor;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The capacity-building chapter of the master-plan book (the mission's deliverable 4: cohorts of at least 60
 * people): how many cohorts and people were trained and certified, and per cohort the attendance, the pre- and
 * post-test averages and the learning gain, with charts of the cohort sizes against the minimum and of the scores
 * before and after. A province without cohorts contributes nothing, so the book prints its placeholder.
 */
@Component
class TrainingBookChapter implements PublicationContributor {

	static final String KEY = "training";

	private final CohortUseCases cohorts;
	private final AssessmentUseCases assessment;
	private final ReferenceApi reference;
	private final MessageSource messages;

	TrainingBookChapter(CohortUseCases cohorts, AssessmentUseCases assessment, ReferenceApi reference, MessageSource messages) {
		this.cohorts = cohorts;
		this.assessment = assessment;
		this.reference = reference;
		this.messages = messages;
	}

	@Override
	public List<ChapterContribution> bookChapters(ProvinceCode province, Locale language) {
		List<CohortReport> reports = cohorts.cohortsOf(province).stream()
			.sorted(Comparator.comparing(Cohort::startDate).thenComparingLong(Cohort::id))
			.map(cohort -> assessment.report(province, cohort.id()))
			.toList();
		if (reports.isEmpty()) {
			return List.of();
		}
		return List.of(new ChapterContribution(KEY, parts(province, reports, language)));
	}

	private List<Part> parts(ProvinceCode province, List<CohortReport> reports, Locale language) {
		int people = reports.stream().mapToInt(report -> report.trainees().size()).sum();
		long certified = reports.stream().mapToLong(CohortReport::certifiedCount).sum();
		long meetingMinimum = reports.stream()
			.filter(report -> report.trainees().size() >= Cohort.PROGRAMME_MINIMUM).count();
		String provinceName = reference.province(province).map(p -> p.name().in(language)).orElse(province.value());
		List<Part> parts = new ArrayList<>();
		parts.add(Part.Paragraph.body(t(language, "training.book.summary", provinceName, reports.size(), people,
				certified, Cohort.PROGRAMME_MINIMUM, meetingMinimum)));
		parts.add(Part.Paragraph.body(t(language, "training.book.gainNote")));
		parts.add(table(reports, language));
		List<String> names = reports.stream().map(report -> report.cohort().name()).toList();
		// a full bar is the programme minimum (or the largest cohort), so a short bar shows a cohort below it
		int fullBar = Math.max(Cohort.PROGRAMME_MINIMUM,
				reports.stream().mapToInt(report -> report.trainees().size()).max().orElse(0));
		parts.add(new Part.Chart(t(language, "training.book.chartTrainees", Cohort.PROGRAMME_MINIMUM), names,
				List.of(new Part.Chart.Series(t(language, "training.book.registered"), reports.stream()
					.map(report -> BigDecimal.valueOf(report.trainees().size())).toList())),
				true, BigDecimal.valueOf(fullBar), ""));
		// only cohorts that took both tests: a missing average drawn as 0 would read as a score of 0
		List<CohortReport> tested = reports.stream()
			.filter(report -> report.preAverage().isPresent() && report.postAverage().isPresent())
			.toList();
		if (!tested.isEmpty()) {
			parts.add(new Part.Chart(t(language, "training.book.chartScores"),
					tested.stream().map(report -> report.cohort().name()).toList(), List.of(
							new Part.Chart.Series(t(language, "training.book.pre"), averages(tested, true)),
							new Part.Chart.Series(t(language, "training.book.post"), averages(tested, false))),
					true, BigDecimal.valueOf(100), "%"));
		}
		return parts;
	}

	/** One row per cohort; its dates go under its name, so seven columns fit a portrait page. */
	private Part.Table table(List<CohortReport> reports, Locale language) {
		List<List<Value>> rows = new ArrayList<>();
		for (CohortReport report : reports) {
			Cohort cohort = report.cohort();
			rows.add(List.of(Value.text(cohort.name() + "\n" + PublicationDates.abbreviated(cohort.startDate(), language)
					+ " – " + PublicationDates.abbreviated(cohort.endDate(), language)),
					Value.whole(report.trainees().size()), number(TrainingReportDocument.averageAttendance(report), 1),
					number(report.preAverage(), 1), number(report.postAverage(), 1), number(report.cohortGain(), 2),
					Value.whole(report.certifiedCount())));
		}
		return new Part.Table(t(language, "training.book.table"), List.of(
				Column.text(t(language, "training.book.col.cohort"), 3.6),
				Column.number(t(language, "training.book.col.trainees"), 2.1),
				Column.number(t(language, "training.book.col.attendance"), 1.8),
				Column.number(t(language, "training.book.col.pre"), 1.7),
				Column.number(t(language, "training.book.col.post"), 1.7),
				Column.number(t(language, "training.book.col.gain"), 1.1),
				Column.number(t(language, "training.book.col.certified"), 1.9)), rows);
	}

	/** Average pre- (or post-) test percentage per cohort, of cohorts that have both. */
	private static List<BigDecimal> averages(List<CohortReport> reports, boolean pre) {
		return reports.stream()
			.map(report -> pre ? report.preAverage() : report.postAverage())
			.map(average -> TrainingReportDocument.bd(average.getAsDouble(), 1))
			.toList();
	}

	private static Value number(OptionalDouble value, int scale) {
		return TrainingReportDocument.number(value, scale);
	}

	private String t(Locale language, String key, Object... args) {
		return messages.getMessage(key, args, key, language);
	}
}
