package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.publicaccess.CheckInLinks;
import org.smartcityplanner.publicaccess.domain.CheckInWindow;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Attendance;
import org.smartcityplanner.training.CheckInResult;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in by signed link (the shared {@link CheckInLinks} of publicaccess) and ticking by hand. The insert is "add unless present" in one statement and the unique
 * constraint on (session, trainee) backs it up, so concurrent scans on several nodes never add a second row.
 */
@Service
class AttendanceService implements AttendanceUseCases {

	private final JdbcClient jdbc;
	private final CohortService cohorts;
	private final RegistrationService registrations;
	private final CheckInLinks links;
	private final IdentityApi identity;
	private final AuditLog audit;
	private final TrainingOwnership owned;
	private final Clock clock;

	AttendanceService(JdbcClient jdbc, CohortService cohorts, RegistrationService registrations, CheckInLinks links,
			IdentityApi identity, AuditLog audit, Clock clock, TrainingOwnership owned) {
		this.owned = owned;
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.registrations = registrations;
		this.links = links;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String checkInPath(ProvinceCode province, long sessionId) {
		TrainingSession session = owned.session(province, sessionId);
		return "/training/check-in/" + sessionId + "?"
				+ links.query(CheckInWindow.TRAINING_SESSION, sessionId, session.endsAt());
	}

	@Override
	public TrainingSession openCheckIn(long sessionId, long until, String signature) {
		TrainingSession session = cohorts.sessionById(sessionId)
			.orElseThrow(() -> new InvalidInputException("training.checkin.forged"));
		switch (links.judge(CheckInWindow.TRAINING_SESSION, sessionId, until, signature, session.startsAt(),
				session.endsAt())) {
			case FORGED -> throw new InvalidInputException("training.checkin.forged");
			case NOT_YET_OPEN -> throw new InvalidInputException("training.checkin.notYetOpen");
			case EXPIRED -> throw new InvalidInputException("training.checkin.expired");
			case VALID -> {
				return session;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	@Override
	@Transactional
	public CheckInResult checkIn(long sessionId, long until, String signature, String accessToken) {
		TrainingSession session = openCheckIn(sessionId, until, signature);
		Trainee trainee = registrations.traineeByToken(accessToken)
			.orElseThrow(() -> new InvalidInputException("training.link.unknown"));
		if (trainee.cohortId() != session.cohortId()) {
			throw new InvalidInputException("training.checkin.otherCohort");
		}
		boolean added = addIfAbsent(session.id(), trainee.id(), "qr", "trainee");
		if (added) {
			audit.record(new AuditChange("training-attendance", session.id() + ":" + trainee.id(), "checked-in",
					cohorts.cohortById(session.cohortId()).map(Cohort::province).orElse(null), null,
					Map.of("session", session.id(), "trainee", trainee.id(), "method", "qr")));
		}
		Instant at = jdbc.sql("select checked_in_at from trn_attendance where session_id = ? and trainee_id = ?")
			.params(session.id(), trainee.id()).query((rs, n) -> Rows.instant(rs, "checked_in_at")).single();
		return new CheckInResult(session, trainee, at, !added);
	}

	/** Adds the attendance unless it exists; true when this call added it. */
	private boolean addIfAbsent(long sessionId, long traineeId, String method, String by) {
		// "on conflict do nothing" (PostgreSQL, and H2 in PostgreSQL mode) never raises: a failed insert would
		// abort a PostgreSQL transaction, and a duplicate scan is not an error
		return jdbc.sql("""
				insert into trn_attendance (session_id, trainee_id, checked_in_at, method, recorded_by)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(sessionId, traineeId, Utc.of(clock.instant()), method, by).update() == 1;
	}

	@Override
	@Transactional
	public void setPresent(ProvinceCode province, long sessionId, long traineeId, boolean present) {
		TrainingSession session = owned.session(province, sessionId);
		Trainee trainee = owned.trainee(province, session.cohortId(), traineeId);
		boolean changed;
		if (present) {
			changed = addIfAbsent(session.id(), trainee.id(), "manual", identity.actorName());
		}
		else {
			changed = jdbc.sql("delete from trn_attendance where session_id = ? and trainee_id = ?")
				.params(session.id(), trainee.id()).update() > 0;
		}
		if (changed) {
			audit.record(new AuditChange("training-attendance", sessionId + ":" + traineeId,
					present ? "ticked" : "unticked", province, null, Map.of("session", sessionId, "trainee", traineeId)));
		}
	}

	@Override
	public List<Attendance> attendanceOf(ProvinceCode province, long cohortId) {
		Cohort cohort = owned.cohort(province, cohortId);
		return jdbc.sql("""
				select a.* from trn_attendance a join trn_session s on s.id = a.session_id where s.cohort_id = ?""")
			.param(cohort.id()).query(AttendanceService::attendance).list();
	}

	@Override
	public List<Attendance> attendanceOfTrainee(long traineeId) {
		return jdbc.sql("select * from trn_attendance where trainee_id = ?").param(traineeId)
			.query(AttendanceService::attendance).list();
	}

	private static Attendance attendance(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Attendance(rs.getLong("session_id"), rs.getLong("trainee_id"), Rows.instant(rs, "checked_in_at"),
				rs.getString("method"));
	}
}
