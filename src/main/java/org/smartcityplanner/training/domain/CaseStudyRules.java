package org.smartcityplanner.training.domain;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.training.CaseStudyDraft;
import org.smartcityplanner.training.FieldProblem;

/**
 * What a case study needs: titles in both languages, place and country, at least one known smart dimension, the
 * story in four parts (summary, what worked, what failed, why) and at least one source, so it can be taught and
 * checked. A year may be typed in C.E. or B.E. (B.E. years are converted).
 */
public final class CaseStudyRules {

	private CaseStudyRules() {
	}

	public static List<FieldProblem> problemsOf(CaseStudyDraft draft, List<String> knownDimensions) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "titleTh", draft.titleTh(), 300);
		required(problems, "titleEn", draft.titleEn(), 300);
		required(problems, "place", draft.place(), 200);
		required(problems, "country", draft.country(), 100);
		required(problems, "summary", draft.summary(), 4000);
		required(problems, "whatWorked", draft.whatWorked(), 4000);
		required(problems, "whatFailed", draft.whatFailed(), 4000);
		required(problems, "why", draft.why(), 4000);
		required(problems, "sources", draft.sources(), 2000);
		if (draft.dimensions().isEmpty()) {
			problems.add(FieldProblem.of("dimensions", "training.case.dimension.required"));
		}
		else if (!knownDimensions.containsAll(draft.dimensions())) {
			problems.add(FieldProblem.of("dimensions", "training.case.dimension.unknown"));
		}
		if (draft.startYear() != null && !draft.startYear().isBlank() && year(draft.startYear()) == null) {
			problems.add(FieldProblem.of("startYear", "training.case.year.invalid"));
		}
		return problems;
	}

	/** The year in C.E., or {@code null} when empty or not a plausible year (1900–2100 C.E.). */
	public static Integer year(String text) {
		Integer year = Numbers.parseInt(text);
		if (year == null) {
			return null;
		}
		int ce = year > 2400 ? year - 543 : year;
		return ce >= 1900 && ce <= 2100 ? ce : null;
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(FieldProblem.of(field, "training.field.required"));
		}
		else if (value.strip().length() > max) {
			problems.add(FieldProblem.of(field, "training.field.tooLong", max));
		}
	}
}
