package org.smartcityplanner.training.internal;

import org.smartcityplanner.publicaccess.Secrets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortDraft;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.SessionDraft;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;
import org.smartcityplanner.training.domain.CohortRules;
import org.smartcityplanner.training.domain.Numbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts and sessions, always read within one province. */
@Service
class CohortService implements CohortUseCases {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final JdbcClient jdbc;
	private final org.smartcityplanner.publicaccess.PersonalDataConsents consents;
	private final CurriculumUseCases curriculum;
	private final AuditLog audit;
	private final Clock clock;
	private final TrainingOwnership owned;

	CohortService(JdbcClient jdbc, CurriculumUseCases curriculum, AuditLog audit, Clock clock,
			TrainingOwnership owned, org.smartcityplanner.publicaccess.PersonalDataConsents consents) {
		this.owned = owned;
		this.consents = consents;
		this.jdbc = jdbc;
		this.curriculum = curriculum;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<Cohort> cohortsOf(ProvinceCode province) {
		return jdbc.sql(Rows.COHORT_SELECT + " where c.province_code = ? order by c.start_date desc, c.id desc")
			.param(province.value()).query(Rows::cohort).list();
	}

	@Override
	public Optional<Cohort> cohort(ProvinceCode province, long cohortId) {
		return jdbc.sql(Rows.COHORT_SELECT + " where c.id = ? and c.province_code = ?")
			.params(cohortId, province.value()).query(Rows::cohort).optional();
	}

	@Override
	public Optional<Cohort> cohortByRegistrationKey(String registrationKey) {
		return jdbc.sql(Rows.COHORT_SELECT + " where c.registration_key = ?").param(registrationKey)
			.query(Rows::cohort).optional();
	}

	@Override
	public Cohort cohortOf(Trainee trainee) {
		return cohortById(trainee.cohortId()).orElseThrow();
	}

	Optional<Cohort> cohortById(long cohortId) {
		return jdbc.sql(Rows.COHORT_SELECT + " where c.id = ?").param(cohortId).query(Rows::cohort).optional();
	}

	@Override
	public List<FieldProblem> check(CohortDraft draft) {
		return CohortRules.problemsOf(draft);
	}

	@Override
	@Transactional
	public Cohort create(ProvinceCode province, CohortDraft draft) {
		refuse(check(draft));
		long curriculumId = curriculum.current().id();
		long id = Rows.insert(jdbc.sql("""
				insert into trn_cohort (province_code, name, curriculum_id, capacity, min_participants, start_date,
				  end_date, retention_days, pass_percent, min_attendance_percent, registration_key, registration_open,
				  created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)""")
			.params(province.value(), draft.name().strip(), curriculumId, Numbers.parseInt(draft.capacity()),
					Cohort.PROGRAMME_MINIMUM, CohortRules.date(draft.startDate()), CohortRules.date(draft.endDate()),
					Numbers.parseInt(draft.retentionDays()), Numbers.parseInt(draft.passPercent()),
					Numbers.parseInt(draft.minAttendancePercent()), Secrets.secret(), Utc.of(clock.instant()))
			);
		Cohort created = cohort(province, id).orElseThrow();
		audit.record(new AuditChange("training-cohort", String.valueOf(id), "created", province, null,
				Map.of("name", created.name(), "capacity", created.capacity(), "start", created.startDate().toString(),
						"end", created.endDate().toString(), "retentionDays", created.retentionDays())));
		return created;
	}

	@Override
	@Transactional
	public void setRegistrationOpen(ProvinceCode province, long cohortId, boolean open) {
		owned.cohort(province, cohortId);
		jdbc.sql("""
				update trn_cohort set registration_open = ?, lock_version = lock_version + 1
				where id = ? and province_code = ?""").params(open, cohortId, province.value()).update();
		audit.record(new AuditChange("training-cohort", String.valueOf(cohortId), open ? "registration-opened"
				: "registration-closed", province, null, Map.of("registrationOpen", open)));
	}

	@Override
	public List<TrainingSession> sessionsOf(ProvinceCode province, long cohortId) {
		owned.cohort(province, cohortId);
		return jdbc.sql("""
				select s.* from trn_session s join trn_cohort c on c.id = s.cohort_id
				where s.cohort_id = ? and c.province_code = ? order by s.starts_at, s.id""")
			.params(cohortId, province.value()).query(Rows::session).list();
	}

	List<TrainingSession> sessionsOfCohort(long cohortId) {
		return jdbc.sql("select * from trn_session where cohort_id = ? order by starts_at, id").param(cohortId)
			.query(Rows::session).list();
	}

	@Override
	public Optional<TrainingSession> session(ProvinceCode province, long sessionId) {
		return jdbc.sql("""
				select s.* from trn_session s join trn_cohort c on c.id = s.cohort_id
				where s.id = ? and c.province_code = ?""").params(sessionId, province.value()).query(Rows::session)
			.optional();
	}

	Optional<TrainingSession> sessionById(long sessionId) {
		return jdbc.sql("select * from trn_session where id = ?").param(sessionId).query(Rows::session).optional();
	}

	@Override
	public List<FieldProblem> check(SessionDraft draft) {
		List<FieldProblem> problems = new java.util.ArrayList<>(CohortRules.problemsOf(draft));
		// a problem of the field, shown next to it, rather than a 404: the form offers only consultants
		if (!owned.areConsultants(draft.trainerIds())) {
			problems.add(FieldProblem.of("trainerIds", "training.session.trainer.notConsultant"));
		}
		return problems;
	}

	@Override
	@Transactional
	public TrainingSession addSession(ProvinceCode province, long cohortId, SessionDraft draft) {
		Cohort cohort = owned.cohort(province, cohortId);
		refuse(check(draft));
		LocalDate day = CohortRules.date(draft.date());
		var starts = day.atTime(CohortRules.time(draft.startTime())).atZone(BANGKOK).toInstant();
		var ends = day.atTime(CohortRules.time(draft.endTime())).atZone(BANGKOK).toInstant();
		String topic = draft.topicCode() == null || draft.topicCode().isBlank() ? null : draft.topicCode().strip();
		if (topic != null && curriculum.curriculum(cohort.curriculumId()).orElseThrow().topic(topic).isEmpty()) {
			throw new InvalidInputException("training.topic.unknown", topic);
		}
		long id = Rows.insert(jdbc.sql("""
				insert into trn_session (cohort_id, topic_code, title, starts_at, ends_at, venue, online_link, trainer_ids)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(cohortId, topic, draft.title().strip(), Utc.of(starts), Utc.of(ends), draft.venue().strip(),
					draft.onlineLink() == null || draft.onlineLink().isBlank() ? null : draft.onlineLink().strip(),
					draft.trainerIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
			);
		TrainingSession session = sessionById(id).orElseThrow();
		audit.record(new AuditChange("training-session", String.valueOf(id), "created", province, null,
				Map.of("cohort", cohortId, "title", session.title(), "startsAt", session.startsAt().toString(),
						"endsAt", session.endsAt().toString(), "venue", session.venue())));
		return session;
	}

	@Override
	public List<Trainee> traineesOf(ProvinceCode province, long cohortId) {
		owned.cohort(province, cohortId);
		List<Trainee> trainees = jdbc.sql("""
				select t.* from trn_trainee t join trn_cohort c on c.id = t.cohort_id
				where t.cohort_id = ? and c.province_code = ?
				order by case when t.anonymised_at is null then 0 else 1 end, t.full_name, t.id""")
			.params(cohortId, province.value()).query(Rows::trainee).list();
		var consent = consents.of(TraineeData.HOLDER, trainees.stream().map(Trainee::id).toList());
		return trainees.stream().map(t -> Rows.withConsent(t, consent.get(t.id()))).toList();
	}

	@Override
	public Map<Sector, Integer> sectorMix(ProvinceCode province, long cohortId) {
		Map<Sector, Integer> mix = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			mix.put(sector, 0);
		}
		for (Trainee trainee : traineesOf(province, cohortId)) {
			mix.merge(trainee.sector(), 1, Integer::sum);
		}
		return mix;
	}

	static void refuse(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			FieldProblem first = problems.get(0);
			throw new InvalidInputException(first.messageKey(), first.arguments().toArray());
		}
	}
}
