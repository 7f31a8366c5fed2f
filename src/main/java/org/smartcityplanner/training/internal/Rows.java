package org.smartcityplanner.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;

/** Maps the module's rows to its records. */
final class Rows {

	static final String COHORT_SELECT = """
			select c.*, (select count(*) from trn_trainee t where t.cohort_id = c.id) as trainee_count
			from trn_cohort c""";

	private Rows() {
	}

	/** Runs an insert and returns the generated id. */
	static long insert(org.springframework.jdbc.core.simple.JdbcClient.StatementSpec insert) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		insert.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static Cohort cohort(ResultSet rs, int n) throws SQLException {
		return new Cohort(rs.getLong("id"), ProvinceCode.of(rs.getString("province_code")), rs.getString("name"),
				rs.getLong("curriculum_id"), rs.getInt("capacity"), rs.getInt("min_participants"),
				rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
				rs.getInt("retention_days"), rs.getInt("pass_percent"), rs.getInt("min_attendance_percent"),
				rs.getString("registration_key"), rs.getBoolean("registration_open"), instant(rs, "anonymised_at"),
				rs.getInt("trainee_count"), rs.getInt("lock_version"));
	}

	static TrainingSession session(ResultSet rs, int n) throws SQLException {
		String trainers = rs.getString("trainer_ids");
		List<Long> ids = trainers == null || trainers.isBlank() ? List.of()
				: Arrays.stream(trainers.split(",")).map(String::strip).map(Long::valueOf).toList();
		return new TrainingSession(rs.getLong("id"), rs.getLong("cohort_id"), rs.getString("topic_code"),
				rs.getString("title"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("venue"),
				rs.getString("online_link"), ids);
	}

	static Trainee trainee(ResultSet rs, int n) throws SQLException {
		return new Trainee(rs.getLong("id"), rs.getLong("cohort_id"), rs.getString("full_name"),
				rs.getString("organisation"), Sector.valueOf(rs.getString("sector")), rs.getString("job_title"),
				rs.getString("phone"), rs.getString("email"), rs.getString("source"), null, null,
				instant(rs, "created_at"), null, instant(rs, "anonymised_at"));
	}

	/** The trainee with the consent publicaccess keeps for them (version, time, erasure request). */
	static Trainee withConsent(Trainee t, org.smartcityplanner.publicaccess.Consent consent) {
		if (consent == null) {
			return t;
		}
		return new Trainee(t.id(), t.cohortId(), t.fullName(), t.organisation(), t.sector(), t.jobTitle(), t.phone(),
				t.email(), t.source(), consent.textVersion(), consent.consentedAt(), t.createdAt(),
				consent.erasureRequestedAt(), t.anonymisedAt());
	}
}
