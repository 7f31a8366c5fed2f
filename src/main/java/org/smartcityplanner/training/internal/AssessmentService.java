package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Attendance;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.Question;
import org.smartcityplanner.training.SurveyAnswers;
import org.smartcityplanner.training.TestKind;
import org.smartcityplanner.training.TestResult;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;
import org.smartcityplanner.training.domain.Numbers;
import org.smartcityplanner.training.domain.TestScoring;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tests, surveys and the cohort's figures. */
@Service
class AssessmentService implements AssessmentUseCases {

	private final JdbcClient jdbc;
	private final CurriculumUseCases curriculum;
	private final CohortService cohorts;
	private final RegistrationService registrations;
	private final AttendanceService attendance;
	private final CohortFigures figures;
	private final AuditLog audit;
	private final TrainingOwnership owned;
	private final Clock clock;

	AssessmentService(JdbcClient jdbc, CurriculumUseCases curriculum, CohortService cohorts,
			RegistrationService registrations, AttendanceService attendance, CohortFigures figures, AuditLog audit,
			Clock clock, TrainingOwnership owned) {
		this.owned = owned;
		this.jdbc = jdbc;
		this.curriculum = curriculum;
		this.cohorts = cohorts;
		this.registrations = registrations;
		this.attendance = attendance;
		this.figures = figures;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Question> bank(String topicCode) {
		return jdbc.sql("select * from trn_question where topic_code = ? order by position").param(topicCode)
			.query((rs, n) -> new Question(rs.getLong("id"), rs.getString("topic_code"),
					new LocalizedText(rs.getString("text_th"), rs.getString("text_en")),
					options(rs.getString("options_th"), rs.getString("options_en")), rs.getInt("correct_index")))
			.list();
	}

	private static List<LocalizedText> options(String th, String en) {
		List<String> thai = th.lines().toList();
		List<String> english = en.lines().toList();
		List<LocalizedText> options = new ArrayList<>();
		for (int i = 0; i < thai.size(); i++) {
			options.add(new LocalizedText(thai.get(i), i < english.size() ? english.get(i) : thai.get(i)));
		}
		return options;
	}

	@Override
	public List<Question> testOf(long cohortId) {
		Cohort cohort = cohorts.cohortById(cohortId).orElseThrow();
		return curriculum.curriculum(cohort.curriculumId()).orElseThrow().topics().stream()
			.flatMap(topic -> bank(topic.code()).stream()).toList();
	}

	@Override
	@Transactional
	public TestResult submitTest(String accessToken, TestKind kind, Map<Long, Integer> answers) {
		Trainee trainee = registrations.traineeByToken(accessToken)
			.orElseThrow(() -> new InvalidInputException("training.link.unknown"));
		Optional<TestResult> earlier = result(trainee.id(), kind);
		if (earlier.isPresent()) {
			throw new InvalidInputException("training.test.alreadySubmitted", earlier.get().score(),
					earlier.get().maxScore());
		}
		if (kind == TestKind.POST && result(trainee.id(), TestKind.PRE).isEmpty()) {
			throw new InvalidInputException("training.test.preFirst");
		}
		List<Question> questions = testOf(trainee.cohortId());
		int score = TestScoring.score(questions.stream()
			.map(q -> new TestScoring.Key(q.id(), q.correctIndex())).toList(), answers);
		String answerText = questions.stream()
			.map(q -> q.id() + "=" + (answers.containsKey(q.id()) ? answers.get(q.id()) : "-"))
			.collect(Collectors.joining(","));
		try {
			Rows.insert(jdbc.sql("""
					insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(trainee.cohortId(), trainee.id(), kind.name(), score, questions.size(), answerText,
						Utc.of(clock.instant())));
		}
		catch (DuplicateKeyException e) {
			// the same form sent twice at once: the other request stored it first
			throw new InvalidInputException("training.test.alreadySubmitted", score, questions.size());
		}
		audit.record(new AuditChange("training-test", trainee.id() + ":" + kind, "submitted",
				cohorts.cohortOf(trainee).province(), null,
				Map.of("cohort", trainee.cohortId(), "kind", kind.name(), "score", score, "max", questions.size())));
		return result(trainee.id(), kind).orElseThrow();
	}

	@Override
	public Optional<TestResult> result(long traineeId, TestKind kind) {
		return jdbc.sql("select * from trn_test_attempt where trainee_id = ? and kind = ?")
			.params(traineeId, kind.name())
			.query((rs, n) -> new TestResult(rs.getLong("trainee_id"), TestKind.valueOf(rs.getString("kind")),
					rs.getInt("score"), rs.getInt("max_score"), Rows.instant(rs, "submitted_at")))
			.optional();
	}

	@Override
	@Transactional
	public void submitSurvey(String accessToken, long sessionId, SurveyAnswers answers) {
		Trainee trainee = registrations.traineeByToken(accessToken)
			.orElseThrow(() -> new InvalidInputException("training.link.unknown"));
		int overall = rating(answers.overall(), "overall");
		int usefulness = rating(answers.usefulness(), "usefulness");
		int trainer = rating(answers.trainer(), "trainer");
		String comment = answers.comment() == null ? "" : answers.comment().strip();
		if (comment.length() > 1000) {
			throw new InvalidInputException("training.field.tooLong", 1000);
		}
		boolean attended = attendance.attendanceOfTrainee(trainee.id()).stream()
			.anyMatch(a -> a.sessionId() == sessionId);
		if (!attended) {
			throw new InvalidInputException("training.survey.notAttended");
		}
		int added = jdbc.sql("""
				insert into trn_survey_response (session_id, trainee_id, overall, usefulness, trainer, comment, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(sessionId, trainee.id(), overall, usefulness, trainer, comment, Utc.of(clock.instant())).update();
		if (added == 0) {
			throw new InvalidInputException("training.survey.alreadySubmitted");
		}
		audit.record(new AuditChange("training-survey", sessionId + ":" + trainee.id(), "submitted",
				cohorts.cohortOf(trainee).province(), null, Map.of("session", sessionId, "overall", overall,
						"usefulness", usefulness, "trainer", trainer)));
	}

	private static int rating(String text, String field) {
		Integer value = Numbers.parseInt(text);
		if (value == null || value < 1 || value > 5) {
			throw new InvalidInputException("training.survey.rating.required");
		}
		return value;
	}

	@Override
	public List<TrainingSession> surveysDue(long traineeId) {
		Trainee trainee = registrations.trainee(traineeId).orElseThrow();
		List<Long> attended = attendance.attendanceOfTrainee(traineeId).stream().map(Attendance::sessionId).toList();
		List<Long> answered = jdbc.sql("select session_id from trn_survey_response where trainee_id = ?")
			.param(traineeId).query(Long.class).list();
		return cohorts.sessionsOfCohort(trainee.cohortId()).stream()
			.filter(s -> attended.contains(s.id()) && !answered.contains(s.id())).toList();
	}

	@Override
	public CohortReport report(ProvinceCode province, long cohortId) {
		Cohort cohort = owned.cohort(province, cohortId);
		return figures.of(cohort);
	}
}
