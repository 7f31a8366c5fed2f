package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.publicaccess.spi.PersonalDataHolder;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.Trainee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training's side of the trainees' PDPA rights, which publicaccess runs for every module (consent, personal link,
 * copy, erasure, retention): what is held about a trainee — attendance, tests, surveys included — and how it is
 * blanked, keeping the sector, attendance and scores for the anonymous figures.
 */
@Component
class TraineeData implements PersonalDataHolder {

	static final String HOLDER = "training-trainee";

	private final JdbcClient jdbc;
	private final Clock clock;

	// reads the cohort's name itself: the consent service calls this holder, and the cohort service reads consents
	TraineeData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String holder() {
		return HOLDER;
	}

	@Override
	public Map<String, Object> personalData(long traineeId) {
		Trainee trainee = jdbc.sql("select * from trn_trainee where id = ?").param(traineeId).query(Rows::trainee)
			.single();
		Cohort cohort = jdbc.sql(Rows.COHORT_SELECT + " where c.id = ?").param(trainee.cohortId()).query(Rows::cohort)
			.single();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("fullName", trainee.fullName());
		data.put("organisation", trainee.organisation());
		data.put("sector", trainee.sector().name());
		data.put("jobTitle", trainee.jobTitle());
		data.put("phone", trainee.phone());
		data.put("email", trainee.email());
		data.put("registeredVia", trainee.source());
		data.put("registeredAt", trainee.createdAt().toString());
		data.put("cohort", cohort.name());
		data.put("attendance", jdbc.sql("""
				select s.title, a.checked_in_at, a.method from trn_attendance a join trn_session s on s.id = a.session_id
				where a.trainee_id = ? order by s.starts_at""").param(traineeId)
			.query((rs, n) -> Map.of("session", rs.getString(1), "checkedInAt",
					Rows.instant(rs, "checked_in_at").toString(), "method", rs.getString(3))).list());
		data.put("tests", jdbc.sql("select kind, score, max_score, submitted_at from trn_test_attempt where trainee_id = ?")
			.param(traineeId)
			.query((rs, n) -> Map.of("kind", rs.getString(1), "score", rs.getInt(2), "maxScore", rs.getInt(3),
					"submittedAt", Rows.instant(rs, "submitted_at").toString())).list());
		data.put("surveys", jdbc.sql("select session_id, overall, usefulness, trainer, comment from trn_survey_response where trainee_id = ?")
			.param(traineeId)
			.query((rs, n) -> Map.of("session", rs.getLong(1), "overall", rs.getInt(2), "usefulness", rs.getInt(3),
					"trainer", rs.getInt(4), "comment", rs.getString(5))).list());
		return data;
	}

	@Override
	public void erase(long traineeId, boolean atRequest) {
		jdbc.sql("""
				update trn_trainee set full_name = '', organisation = '', job_title = '', phone = null, email = null,
				  phone_key = null, email_key = null, anonymised_at = ?
				where id = ? and anonymised_at is null""").params(Utc.of(clock.instant()), traineeId).update();
		jdbc.sql("update trn_survey_response set comment = '' where trainee_id = ?").param(traineeId).update();
	}
}
