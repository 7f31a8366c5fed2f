package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.Trainee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainee's PDPA rights and the retention rule: a copy of their personal data, erasure at their request, and
 * anonymisation of every cohort whose retention period has ended. Kept apart from registration because it reads
 * every table that holds personal data (attendance, tests, surveys), which registration never touches.
 * {@link RegistrationService} resolves the trainee's link first, so this class never sees a token.
 */
@Component
class TraineePrivacy {

	private static final Logger log = LoggerFactory.getLogger(TraineePrivacy.class);

	private final JdbcClient jdbc;
	private final CohortService cohorts;
	private final AuditLog audit;
	private final Clock clock;

	TraineePrivacy(JdbcClient jdbc, CohortService cohorts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Everything stored about the trainee, for their own download. */
	Map<String, Object> personalData(Trainee trainee) {
		Cohort cohort = cohorts.cohortById(trainee.cohortId()).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("purpose", "Smart City capacity building: attendance, tests, certificate and training report");
		data.put("fullName", trainee.fullName());
		data.put("organisation", trainee.organisation());
		data.put("sector", trainee.sector().name());
		data.put("jobTitle", trainee.jobTitle());
		data.put("phone", trainee.phone());
		data.put("email", trainee.email());
		data.put("registeredVia", trainee.source());
		data.put("consentVersion", trainee.consentVersion());
		data.put("consentedAt", trainee.consentedAt().toString());
		data.put("registeredAt", trainee.createdAt().toString());
		data.put("cohort", cohort.name());
		data.put("province", cohort.province().value());
		data.put("retainedUntil", cohort.retainedUntil().toString());
		data.put("attendance", jdbc.sql("""
				select s.title, a.checked_in_at, a.method from trn_attendance a join trn_session s on s.id = a.session_id
				where a.trainee_id = ? order by s.starts_at""").param(trainee.id())
			.query((rs, n) -> Map.of("session", rs.getString(1), "checkedInAt",
					Rows.instant(rs, "checked_in_at").toString(), "method", rs.getString(3))).list());
		data.put("tests", jdbc.sql("select kind, score, max_score, submitted_at from trn_test_attempt where trainee_id = ?")
			.param(trainee.id())
			.query((rs, n) -> Map.of("kind", rs.getString(1), "score", rs.getInt(2), "maxScore", rs.getInt(3),
					"submittedAt", Rows.instant(rs, "submitted_at").toString())).list());
		data.put("surveys", jdbc.sql("select session_id, overall, usefulness, trainer, comment from trn_survey_response where trainee_id = ?")
			.param(trainee.id())
			.query((rs, n) -> Map.of("session", rs.getLong(1), "overall", rs.getInt(2), "usefulness", rs.getInt(3),
					"trainer", rs.getInt(4), "comment", rs.getString(5))).list());
		return data;
	}

	/** Anonymises the trainee at their own request, noting when they asked; audited. */
	@Transactional
	void eraseAtRequest(Trainee trainee) {
		Cohort cohort = cohorts.cohortById(trainee.cohortId()).orElseThrow();
		jdbc.sql("update trn_trainee set erasure_requested_at = ? where id = ?")
			.params(Utc.of(clock.instant()), trainee.id()).update();
		anonymise(List.of(trainee.id()));
		audit.record(new AuditChange("training-trainee", String.valueOf(trainee.id()), "erased-at-request",
				cohort.province(), null, Map.of("cohort", cohort.id())));
	}

	/** Anonymises the trainees of every cohort whose retention ended and closes its registration; audited. */
	@Transactional
	int anonymiseExpired() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), CohortService.BANGKOK);
		int total = 0;
		for (Cohort cohort : jdbc.sql(Rows.COHORT_SELECT + " where c.anonymised_at is null").query(Rows::cohort).list()) {
			if (today.isAfter(cohort.retainedUntil())) {
				List<Long> ids = jdbc.sql("select id from trn_trainee where cohort_id = ? and anonymised_at is null")
					.param(cohort.id()).query(Long.class).list();
				total += anonymise(ids);
				jdbc.sql("update trn_cohort set anonymised_at = ?, registration_open = false where id = ?")
					.params(Utc.of(clock.instant()), cohort.id()).update();
				audit.record(new AuditChange("training-cohort", String.valueOf(cohort.id()), "anonymised",
						cohort.province(), null, Map.of("trainees", ids.size(), "retainedUntil",
								cohort.retainedUntil().toString())));
				log.info("Anonymised {} trainees of cohort {} (retention ended {})", ids.size(), cohort.id(),
						cohort.retainedUntil());
			}
		}
		return total;
	}

	private int anonymise(List<Long> traineeIds) {
		int count = 0;
		for (long id : traineeIds) {
			count += jdbc.sql("""
					update trn_trainee set full_name = '', organisation = '', job_title = '', phone = null, email = null,
					  phone_key = null, email_key = null, access_token_hash = null, anonymised_at = ?
					where id = ? and anonymised_at is null""").params(Utc.of(clock.instant()), id).update();
			jdbc.sql("update trn_survey_response set comment = '' where trainee_id = ?").param(id).update();
		}
		return count;
	}
}
