package org.smartcityplanner.training.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortDraft;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.SessionDraft;

/**
 * What a cohort and a session need. A cohort must be able to hold the programme's minimum of 60 trainees; its
 * personal data is kept 30 days to 10 years after the end; a session ends after it starts, on one day.
 */
public final class CohortRules {

	public static final int MAX_CAPACITY = 500;
	public static final int MIN_RETENTION_DAYS = 30;
	public static final int MAX_RETENTION_DAYS = 3650;

	private CohortRules() {
	}

	public static List<FieldProblem> problemsOf(CohortDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank()) {
			problems.add(FieldProblem.of("name", "training.field.required"));
		}
		else if (draft.name().strip().length() > 200) {
			problems.add(FieldProblem.of("name", "training.field.tooLong", 200));
		}
		Integer capacity = Numbers.parseInt(draft.capacity());
		if (capacity == null || capacity < Cohort.PROGRAMME_MINIMUM || capacity > MAX_CAPACITY) {
			problems.add(FieldProblem.of("capacity", "training.cohort.capacity.range", Cohort.PROGRAMME_MINIMUM, MAX_CAPACITY));
		}
		LocalDate start = date(draft.startDate());
		LocalDate end = date(draft.endDate());
		if (start == null) {
			problems.add(FieldProblem.of("startDate", "training.date.invalid"));
		}
		if (end == null) {
			problems.add(FieldProblem.of("endDate", "training.date.invalid"));
		}
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(FieldProblem.of("endDate", "training.cohort.end.beforeStart"));
		}
		range(problems, "retentionDays", draft.retentionDays(), MIN_RETENTION_DAYS, MAX_RETENTION_DAYS);
		range(problems, "passPercent", draft.passPercent(), 0, 100);
		range(problems, "minAttendancePercent", draft.minAttendancePercent(), 0, 100);
		return problems;
	}

	/** Problems of the session's own fields (trainers are checked against the consultant pool elsewhere). */
	public static List<FieldProblem> problemsOf(SessionDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.title() == null || draft.title().isBlank()) {
			problems.add(FieldProblem.of("title", "training.field.required"));
		}
		if (date(draft.date()) == null) {
			problems.add(FieldProblem.of("date", "training.date.invalid"));
		}
		LocalTime start = time(draft.startTime());
		LocalTime end = time(draft.endTime());
		if (start == null) {
			problems.add(FieldProblem.of("startTime", "training.time.invalid"));
		}
		if (end == null) {
			problems.add(FieldProblem.of("endTime", "training.time.invalid"));
		}
		if (start != null && end != null && !end.isAfter(start)) {
			problems.add(FieldProblem.of("endTime", "training.session.end.beforeStart"));
		}
		if (draft.venue() == null || draft.venue().isBlank()) {
			problems.add(FieldProblem.of("venue", "training.field.required"));
		}
		if (draft.onlineLink() != null && !draft.onlineLink().isBlank()
				&& !draft.onlineLink().strip().matches("https://[^\\s<>\"]+")) {
			problems.add(FieldProblem.of("onlineLink", "training.session.link.invalid"));
		}
		if (draft.trainerIds().isEmpty()) {
			problems.add(FieldProblem.of("trainerIds", "training.session.trainer.required"));
		}
		return problems;
	}

	public static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	public static LocalTime time(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static void range(List<FieldProblem> problems, String field, String text, int min, int max) {
		Integer value = Numbers.parseInt(text);
		if (value == null || value < min || value > max) {
			problems.add(FieldProblem.of(field, "training.number.range", min, max));
		}
	}
}
