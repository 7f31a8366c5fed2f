package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Certificate;
import org.smartcityplanner.training.CertificateSigner;
import org.smartcityplanner.training.CertificateIssued;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.Trainee;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues each eligible trainee one certificate with a random code (the unique trainee column makes a second
 * issue impossible, the unique code column a clash of codes), and verifies codes.
 */
@Service
class CertificateService implements CertificateUseCases {

	/** The course named on every certificate. */
	static final String COURSE_TITLE = "หลักสูตรการพัฒนาเมืองอัจฉริยะ (Smart City Capacity Building)";

	private final JdbcClient jdbc;
	private final RegistrationService registrations;
	private final CohortService cohorts;
	private final CohortFigures figures;
	private final AuditLog audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	CertificateService(JdbcClient jdbc, RegistrationService registrations, CohortService cohorts,
			CohortFigures figures, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.cohorts = cohorts;
		this.figures = figures;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional
	public Certificate certificateFor(String accessToken) {
		Trainee trainee = registrations.traineeByToken(accessToken)
			.orElseThrow(() -> new InvalidInputException("training.link.unknown"));
		Optional<Certificate> issued = byTrainee(trainee.id());
		if (issued.isPresent()) {
			return issued.get();
		}
		Cohort cohort = cohorts.cohortById(trainee.cohortId()).orElseThrow();
		CohortReport.TraineeLine line = figures.of(cohort).trainees().stream()
			.filter(l -> l.trainee().id() == trainee.id()).findFirst().orElseThrow();
		if (!line.eligible()) {
			throw new InvalidInputException("training.certificate.notEligible." + line.gaps().get(0),
					cohort.minAttendancePercent(), cohort.passPercent());
		}
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = Tokens.certificateCode();
			try {
				Rows.insert(jdbc.sql("insert into trn_certificate (trainee_id, cohort_id, code, issued_at) values (?, ?, ?, ?)")
					.params(trainee.id(), cohort.id(), code, Utc.of(clock.instant())));
				audit.record(new AuditChange("training-certificate", code, "issued", cohort.province(), null,
						Map.of("trainee", trainee.id(), "cohort", cohort.id())));
				events.publishEvent(new CertificateIssued(cohort.province(), cohort.id(), trainee.id()));
				return byTrainee(trainee.id()).orElseThrow();
			}
			catch (DuplicateKeyException e) {
				Optional<Certificate> raced = byTrainee(trainee.id());
				if (raced.isPresent()) {
					return raced.get();
				}
			}
		}
		throw new IllegalStateException("Could not draw a free certificate code");
	}

	/** Issues the certificate of a trainee known by id (demo data, trainers); empty when not eligible. */
	@Transactional
	Optional<Certificate> issueIfEligible(Trainee trainee, CohortReport.TraineeLine line) {
		if (!line.eligible()) {
			return Optional.empty();
		}
		if (byTrainee(trainee.id()).isEmpty()) {
			Rows.insert(jdbc.sql("insert into trn_certificate (trainee_id, cohort_id, code, issued_at) values (?, ?, ?, ?)")
				.params(trainee.id(), trainee.cohortId(), Tokens.certificateCode(), Utc.of(clock.instant())));
			cohorts.cohortById(trainee.cohortId()).ifPresent(cohort -> events
				.publishEvent(new CertificateIssued(cohort.province(), cohort.id(), trainee.id())));
		}
		return byTrainee(trainee.id());
	}

	@Override
	public Optional<Certificate> verify(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String normal = code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (!normal.matches("SCP-[0-9A-Z]{4}-[0-9A-Z]{4}")) {
			return Optional.empty();
		}
		return query("c.code = ?", normal);
	}

	Optional<Certificate> byTrainee(long traineeId) {
		return query("c.trainee_id = ?", traineeId);
	}

	private Optional<Certificate> query(String where, Object value) {
		return jdbc.sql("""
				select c.code, c.issued_at, t.full_name, k.name as cohort_name, k.province_code, k.start_date, k.end_date,
				k.issuing_agency, k.signer_name, k.signer_position
				from trn_certificate c join trn_trainee t on t.id = c.trainee_id join trn_cohort k on k.id = c.cohort_id
				where\s""" + where).param(value)
			.query((rs, n) -> new Certificate(rs.getString("code"), rs.getString("full_name"), COURSE_TITLE,
					rs.getString("cohort_name"), org.smartcityplanner.shared.ProvinceCode.of(rs.getString("province_code")),
					rs.getObject("start_date", java.time.LocalDate.class), rs.getObject("end_date", java.time.LocalDate.class),
					Rows.instant(rs, "issued_at"), new CertificateSigner(rs.getString("issuing_agency"),
							rs.getString("signer_name"), rs.getString("signer_position"))))
			.optional();
	}
}
