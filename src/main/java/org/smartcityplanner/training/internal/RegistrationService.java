package org.smartcityplanner.training.internal;

import org.smartcityplanner.publicaccess.ConsentRequest;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.publicaccess.PersonalLink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.ImportReport;
import org.smartcityplanner.training.Registration;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TraineeDraft;
import org.smartcityplanner.training.TraineeRegistered;
import org.smartcityplanner.training.domain.ThaiPhone;
import org.smartcityplanner.training.domain.TraineeColumns;
import org.smartcityplanner.training.domain.TraineeIdentity;
import org.smartcityplanner.training.domain.TraineeRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, import and the trainee's link. Consent, the personal link, the copy, erasure and retention are
 * publicaccess's (one implementation for training and participation); {@link TraineeData} is training's side. Registrations of one cohort are serialised by locking the
 * cohort row, so the capacity holds with many nodes; the unique identity keys make a duplicate impossible even
 * when two registrations of the same person race.
 */
@Service
class RegistrationService implements RegistrationUseCases {

	private final JdbcClient jdbc;
	private final CohortService cohorts;
	private final AuditLog audit;
	private final TrainingOwnership owned;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final PersonalDataConsents consents;
	private final TraineeRetention retention;
	private final PersonalLinkService links;

	RegistrationService(JdbcClient jdbc, CohortService cohorts, AuditLog audit, Clock clock, TrainingOwnership owned,
			ApplicationEventPublisher events, PersonalDataConsents consents, TraineeRetention retention,
			PersonalLinkService links) {
		this.links = links;
		this.owned = owned;
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
		this.consents = consents;
		this.retention = retention;
	}

	@Override
	public List<FieldProblem> check(TraineeDraft draft) {
		return TraineeRules.problemsOf(draft);
	}

	@Override
	@Transactional
	public Registration register(String registrationKey, TraineeDraft draft, boolean consent) {
		Cohort cohort = cohorts.cohortByRegistrationKey(registrationKey == null ? "" : registrationKey)
			.orElseThrow(() -> new InvalidInputException("training.register.unknownLink"));
		if (!cohort.registrationOpen() || cohort.anonymisedAt() != null) {
			throw new InvalidInputException("training.register.closed");
		}
		if (cohort.endedBy(clock.instant())) {
			throw new InvalidInputException("training.register.ended");
		}
		if (!consent) {
			throw new InvalidInputException("training.register.consent.required");
		}
		CohortService.refuse(check(draft));
		lockCohort(cohort.id());
		if (count(cohort.id()) >= cohort.capacity()) {
			throw new InvalidInputException("training.register.full", cohort.capacity());
		}
		Registration registration = insert(cohort, draft, "self");
		audit.record(new AuditChange("training-trainee", String.valueOf(registration.trainee().id()), "registered",
				cohort.province(), null, Map.of("cohort", cohort.id(), "source", "self", "consent", CONSENT_VERSION)));
		return registration;
	}

	/**
	 * Adds a trainee with their consent, kept by publicaccess until the cohort's retention ends (an import's
	 * consent is the province team's statement that each person agreed); imports use it too.
	 */
	Registration insert(Cohort cohort, TraineeDraft draft, String source) {
		String phone = ThaiPhone.normalise(draft.phone()).orElse(null);
		String email = draft.email() == null || draft.email().isBlank() ? null : draft.email().strip();
		String name = draft.fullName().strip();
		String organisation = draft.organisation().strip();
		if (duplicateOf(cohort.id(), draft).isPresent()) {
			throw new InvalidInputException("training.register.duplicate");
		}
		long id;
		try {
			id = Rows.insert(jdbc.sql("""
					insert into trn_trainee (cohort_id, full_name, organisation, sector, job_title, phone, email,
					  phone_key, email_key, source, created_at, link_handed_out_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(cohort.id(), name, organisation, Sector.parse(draft.sector()).name(),
						draft.jobTitle() == null ? "" : draft.jobTitle().strip(), phone, email,
						TraineeIdentity.phoneKey(name, organisation, phone), TraineeIdentity.emailKey(name, organisation, email),
						// a self-registered trainee is shown their link at once; an imported one gets it on the link sheet
						source, Utc.of(clock.instant()), "self".equals(source) ? Utc.of(clock.instant()) : null));
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("training.register.duplicate");
		}
		PersonalLink link = consents.record(new ConsentRequest(cohort.province(), TraineeData.HOLDER, id, PURPOSE,
				CONSENT_VERSION, cohort.retainedUntil()));
		events.publishEvent(new TraineeRegistered(cohort.province(), cohort.id(), id));
		return new Registration(trainee(id).orElseThrow(), link.secret());
	}

	/** The registered trainee this draft would duplicate, if any. */
	Optional<Trainee> duplicateOf(long cohortId, TraineeDraft draft) {
		String name = draft.fullName() == null ? "" : draft.fullName().strip();
		String organisation = draft.organisation() == null ? "" : draft.organisation().strip();
		String phoneKey = TraineeIdentity.phoneKey(name, organisation, ThaiPhone.normalise(draft.phone()).orElse(null));
		String emailKey = TraineeIdentity.emailKey(name, organisation, draft.email());
		return jdbc.sql("select * from trn_trainee where cohort_id = ? and (phone_key = ? or email_key = ?)")
			.params(cohortId, phoneKey, emailKey).query(Rows::trainee).list().stream().findFirst();
	}

	@Override
	@Transactional
	public ImportReport importFile(ProvinceCode province, long cohortId, String fileName, byte[] content) {
		Cohort cohort = owned.cohort(province, cohortId);
		List<TraineeFileReader.NumberedRow> rows;
		try {
			rows = TraineeFileReader.read(fileName, content);
		}
		catch (InvalidInputException e) {
			return new ImportReport(List.of(), false, FieldProblem.of(null, e.messageKey(), e.arguments().toArray()));
		}
		if (rows.size() < 2) {
			return new ImportReport(List.of(), false, FieldProblem.of(null, "training.import.noRows"));
		}
		TraineeColumns.Result header = TraineeColumns.of(rows.get(0).cells());
		if (header.problem() != null) {
			return new ImportReport(List.of(), false, header.problem());
		}
		lockCohort(cohortId);
		List<ImportReport.Row> report = new ArrayList<>();
		List<TraineeDraft> toAdd = new ArrayList<>();
		Map<String, Integer> seenKeys = new HashMap<>();
		for (TraineeFileReader.NumberedRow row : rows.subList(1, rows.size())) {
			TraineeDraft draft = header.columns().draft(row.cells());
			report.add(checkRow(cohortId, row.number(), draft, seenKeys, toAdd));
		}
		boolean anyError = report.stream().anyMatch(r -> r.status() == ImportReport.Status.ERROR);
		int free = cohort.capacity() - count(cohortId);
		if (!anyError && toAdd.size() > free) {
			return new ImportReport(report, false, FieldProblem.of(null, "training.import.overCapacity", toAdd.size(),
					Math.max(free, 0), cohort.capacity()));
		}
		if (anyError) {
			return new ImportReport(report, false, null);
		}
		for (TraineeDraft draft : toAdd) {
			insert(cohort, draft, "import");
		}
		audit.record(new AuditChange("training-trainee-import", String.valueOf(cohortId), "imported", province, null,
				Map.of("file", fileName == null ? "" : fileName, "added", toAdd.size(),
						"duplicates", report.stream().filter(r -> r.status() == ImportReport.Status.DUPLICATE).count())));
		return new ImportReport(report, true, null);
	}

	private ImportReport.Row checkRow(long cohortId, int number, TraineeDraft draft, Map<String, Integer> seenKeys,
			List<TraineeDraft> toAdd) {
		List<FieldProblem> problems = check(draft);
		if (!problems.isEmpty()) {
			return new ImportReport.Row(number, draft.fullName(), ImportReport.Status.ERROR, problems);
		}
		String phoneKey = TraineeIdentity.phoneKey(draft.fullName(), draft.organisation(),
				ThaiPhone.normalise(draft.phone()).orElse(null));
		String emailKey = TraineeIdentity.emailKey(draft.fullName(), draft.organisation(), draft.email());
		Integer earlierRow = phoneKey != null && seenKeys.containsKey(phoneKey) ? seenKeys.get(phoneKey)
				: emailKey != null ? seenKeys.get(emailKey) : null;
		if (earlierRow != null) {
			return new ImportReport.Row(number, draft.fullName(), ImportReport.Status.DUPLICATE,
					List.of(FieldProblem.of(null, "training.import.duplicateOfRow", earlierRow)));
		}
		Optional<Trainee> existing = duplicateOf(cohortId, draft);
		if (existing.isPresent()) {
			return new ImportReport.Row(number, draft.fullName(), ImportReport.Status.DUPLICATE,
					List.of(FieldProblem.of(null, "training.import.duplicateOfTrainee", existing.get().fullName())));
		}
		if (phoneKey != null) {
			seenKeys.put(phoneKey, number);
		}
		if (emailKey != null) {
			seenKeys.putIfAbsent(emailKey, number);
		}
		toAdd.add(draft);
		return new ImportReport.Row(number, draft.fullName(), ImportReport.Status.ADDED, List.of());
	}

	@Override
	public Optional<Trainee> traineeByToken(String accessToken) {
		return consents.byLink(accessToken).filter(c -> c.holder().equals(TraineeData.HOLDER))
			.flatMap(c -> trainee(c.subjectId())).filter(t -> !t.anonymised());
	}

	Optional<Trainee> trainee(long id) {
		return jdbc.sql("select * from trn_trainee where id = ?").param(id).query(Rows::trainee).optional()
			.map(t -> Rows.withConsent(t, consents.of(TraineeData.HOLDER, id).orElse(null)));
	}

	@Override
	@Transactional
	public String issueAccessToken(ProvinceCode province, long traineeId) {
		boolean inProvince = jdbc.sql("""
				select count(*) from trn_trainee where id = ? and anonymised_at is null
				  and cohort_id in (select id from trn_cohort where province_code = ?)""")
			.params(traineeId, province.value()).query(Integer.class).single() > 0;
		if (!inProvince) {
			throw new org.smartcityplanner.shared.NotInProvinceException("traineeId", traineeId);
		}
		String token = links.handOut(province, traineeId);
		audit.record(new AuditChange("training-trainee", String.valueOf(traineeId), "link-issued", province, null, null));
		return token;
	}

	@Override
	public Map<String, Object> personalData(String accessToken) {
		linked(accessToken);
		return consents.export(accessToken);
	}

	@Override
	@Transactional
	public void eraseAtRequest(String accessToken) {
		Trainee trainee = linked(accessToken);
		Cohort cohort = cohorts.cohortById(trainee.cohortId()).orElseThrow();
		consents.erase(accessToken);
		audit.record(new AuditChange("training-trainee", String.valueOf(trainee.id()), "erased-at-request",
				cohort.province(), null, Map.of("cohort", cohort.id())));
	}

	@Override
	public int anonymiseExpired() {
		return retention.anonymiseExpired();
	}

	private Trainee linked(String accessToken) {
		return traineeByToken(accessToken).orElseThrow(() -> new InvalidInputException("training.link.unknown"));
	}

	private void lockCohort(long cohortId) {
		jdbc.sql("select id from trn_cohort where id = ? for update").param(cohortId).query(Long.class).single();
	}

	private int count(long cohortId) {
		return jdbc.sql("select count(*) from trn_trainee where cohort_id = ?").param(cohortId).query(Integer.class)
			.single();
	}
}
