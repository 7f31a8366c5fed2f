package org.smartcityplanner.training.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.TestKind;
import org.smartcityplanner.training.TestResult;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;
import org.smartcityplanner.training.domain.CertificateEligibility;
import org.smartcityplanner.training.domain.LearningGain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a cohort's figures in a handful of queries (not one per trainee), so a cohort of hundreds renders
 * quickly. The cohort page, the certificates and the training report all read these same figures.
 */
@Component
class CohortFigures {

	private final JdbcClient jdbc;

	CohortFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	CohortReport of(Cohort cohort) {
		List<TrainingSession> sessions = jdbc.sql("select * from trn_session where cohort_id = ? order by starts_at, id")
			.param(cohort.id()).query(Rows::session).list();
		List<Trainee> trainees = jdbc.sql("""
				select * from trn_trainee where cohort_id = ?
				order by case when anonymised_at is null then 0 else 1 end, full_name, id""")
			.param(cohort.id()).query(Rows::trainee).list();
		Map<Long, Integer> attendedByTrainee = new HashMap<>();
		Map<Long, Integer> presentBySession = new LinkedHashMap<>();
		sessions.forEach(s -> presentBySession.put(s.id(), 0));
		jdbc.sql("select a.session_id, a.trainee_id from trn_attendance a join trn_session s on s.id = a.session_id where s.cohort_id = ?")
			.param(cohort.id()).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()
			.forEach(pair -> {
				presentBySession.merge(pair[0], 1, Integer::sum);
				attendedByTrainee.merge(pair[1], 1, Integer::sum);
			});
		Map<Long, Map<TestKind, TestResult>> results = results(cohort.id());
		Map<Long, String> certificates = new HashMap<>();
		jdbc.sql("select trainee_id, code from trn_certificate where cohort_id = ?").param(cohort.id())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
			.forEach(e -> certificates.put(e.getKey(), e.getValue()));

		var rules = new CertificateEligibility.Rules(cohort.minAttendancePercent(), cohort.passPercent());
		List<CohortReport.TraineeLine> lines = new ArrayList<>();
		List<LearningGain.Scores> bothTests = new ArrayList<>();
		List<Double> pres = new ArrayList<>();
		List<Double> posts = new ArrayList<>();
		Map<Sector, Integer> mix = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			mix.put(sector, 0);
		}
		for (Trainee trainee : trainees) {
			mix.merge(trainee.sector(), 1, Integer::sum);
			int attended = attendedByTrainee.getOrDefault(trainee.id(), 0);
			TestResult pre = results.getOrDefault(trainee.id(), Map.of()).get(TestKind.PRE);
			TestResult post = results.getOrDefault(trainee.id(), Map.of()).get(TestKind.POST);
			OptionalDouble gain = OptionalDouble.empty();
			if (pre != null) {
				pres.add(pre.percent());
			}
			if (post != null) {
				posts.add(post.percent());
			}
			if (pre != null && post != null) {
				bothTests.add(new LearningGain.Scores(pre.percent(), post.percent()));
				gain = LearningGain.of(pre.percent(), post.percent());
			}
			var gaps = CertificateEligibility.gaps(rules, new CertificateEligibility.Record(attended, sessions.size(),
					post == null ? null : post.score(), post == null ? 0 : post.maxScore(), trainee.anonymised()));
			lines.add(new CohortReport.TraineeLine(trainee, attended,
					sessions.isEmpty() ? 0 : attended * 100.0 / sessions.size(), pre, post, gain, gaps.isEmpty(),
					gaps.stream().map(Enum::name).toList(), certificates.get(trainee.id())));
		}
		return new CohortReport(cohort, sessions, mix, presentBySession, lines,
				pres.stream().mapToDouble(Double::doubleValue).average(),
				posts.stream().mapToDouble(Double::doubleValue).average(), LearningGain.ofCohort(bothTests),
				satisfaction(sessions));
	}

	private Map<Long, Map<TestKind, TestResult>> results(long cohortId) {
		Map<Long, Map<TestKind, TestResult>> results = new HashMap<>();
		jdbc.sql("select * from trn_test_attempt where cohort_id = ?").param(cohortId)
			.query((rs, n) -> new TestResult(rs.getLong("trainee_id"), TestKind.valueOf(rs.getString("kind")),
					rs.getInt("score"), rs.getInt("max_score"), Rows.instant(rs, "submitted_at")))
			.list()
			.forEach(r -> results.computeIfAbsent(r.traineeId(), id -> new EnumMap<>(TestKind.class)).put(r.kind(), r));
		return results;
	}

	private List<CohortReport.SessionSatisfaction> satisfaction(List<TrainingSession> sessions) {
		List<CohortReport.SessionSatisfaction> all = new ArrayList<>();
		for (TrainingSession session : sessions) {
			List<int[]> ratings = new ArrayList<>();
			List<String> comments = new ArrayList<>();
			jdbc.sql("select overall, usefulness, trainer, comment from trn_survey_response where session_id = ? order by id")
				.param(session.id())
				.query((rs, n) -> {
					ratings.add(new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) });
					if (!rs.getString(4).isBlank()) {
						comments.add(rs.getString(4));
					}
					return 0;
				}).list();
			all.add(new CohortReport.SessionSatisfaction(session.id(), ratings.size(), avg(ratings, 0), avg(ratings, 1),
					avg(ratings, 2), comments));
		}
		return all;
	}

	private static double avg(List<int[]> ratings, int index) {
		return ratings.stream().mapToInt(r -> r[index]).average().orElse(0);
	}
}
