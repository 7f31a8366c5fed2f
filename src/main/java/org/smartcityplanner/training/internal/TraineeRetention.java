package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort's retention rule: once a cohort's retention period has ended its trainees are erased through
 * publicaccess (the same erasure as a request) and the cohort is marked anonymised with its registration closed.
 * The retention date is also kept on each trainee's consent, so the nightly job of publicaccess erases them even
 * when this rule does not run first.
 */
@Component
class TraineeRetention {

	private static final Logger log = LoggerFactory.getLogger(TraineeRetention.class);

	private final JdbcClient jdbc;
	private final PersonalDataConsents consents;
	private final AuditLog audit;
	private final Clock clock;

	TraineeRetention(JdbcClient jdbc, PersonalDataConsents consents, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.consents = consents;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	int anonymiseExpired() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), CohortService.BANGKOK);
		int total = 0;
		for (Cohort cohort : jdbc.sql(Rows.COHORT_SELECT + " where c.anonymised_at is null").query(Rows::cohort).list()) {
			if (today.isAfter(cohort.retainedUntil())) {
				List<Long> ids = jdbc.sql("select id from trn_trainee where cohort_id = ? and anonymised_at is null")
					.param(cohort.id()).query(Long.class).list();
				total += consents.eraseNow(TraineeData.HOLDER, ids);
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
}
