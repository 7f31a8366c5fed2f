package org.smartcityplanner.training.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.publicaccess.Consent;
import org.smartcityplanner.publicaccess.PersonalDataConsents;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.PersonalLinkSheet;
import org.smartcityplanner.training.Trainee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohort's link sheet: the links are renewed through publicaccess (which keeps only their hashes and audits
 * each one), and the trainee's row remembers when a link was last handed out.
 */
@Service
class PersonalLinkService implements PersonalLinkUseCases {

	private final JdbcClient jdbc;
	private final TrainingOwnership owned;
	private final PersonalDataConsents consents;
	private final PublicAddress publicAddress;
	private final AuditLog audit;
	private final Clock clock;

	PersonalLinkService(JdbcClient jdbc, TrainingOwnership owned, PersonalDataConsents consents,
			PublicAddress publicAddress, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.owned = owned;
		this.consents = consents;
		this.publicAddress = publicAddress;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public int notHandedOut(ProvinceCode province, long cohortId) {
		return linkable(owned.cohort(province, cohortId), PersonalLinkSheet.Scope.NOT_HANDED_OUT).size();
	}

	@Override
	@Transactional
	public PersonalLinkSheet issue(ProvinceCode province, long cohortId, PersonalLinkSheet.Scope scope,
			String format) {
		Cohort cohort = owned.cohort(province, cohortId);
		List<PersonalLinkSheet.Entry> entries = new ArrayList<>();
		for (Trainee trainee : linkable(cohort, scope)) {
			String secret = handOut(province, trainee.id());
			entries.add(new PersonalLinkSheet.Entry(trainee.id(), trainee.fullName(), trainee.organisation(),
					publicAddress.personalPage(secret)));
		}
		audit.record(new AuditChange("training-personal-links", String.valueOf(cohort.id()), "links-issued", province,
				null, Map.of("scope", scope.name(), "format", format, "links", entries.size())));
		return new PersonalLinkSheet(cohort, scope, entries);
	}

	/**
	 * A new link for one trainee (their earlier one stops working), recorded as handed out: the secret goes to
	 * whoever hands it to the trainee, on a sheet or one at a time.
	 */
	String handOut(ProvinceCode province, long traineeId) {
		String secret = consents.renewLink(province, TraineeData.HOLDER, traineeId);
		jdbc.sql("update trn_trainee set link_handed_out_at = ? where id = ?").params(Utc.of(clock.instant()), traineeId)
			.update();
		return secret;
	}

	/** The scope's trainees who may have a link, by name: not anonymised, consent neither withdrawn nor erased. */
	private List<Trainee> linkable(Cohort cohort, PersonalLinkSheet.Scope scope) {
		String onlyNotHandedOut = scope == PersonalLinkSheet.Scope.NOT_HANDED_OUT ? " and link_handed_out_at is null" : "";
		List<Trainee> trainees = jdbc.sql("select * from trn_trainee where cohort_id = ? and anonymised_at is null"
				+ onlyNotHandedOut + " order by full_name, id").param(cohort.id()).query(Rows::trainee).list();
		Map<Long, Consent> consentOf = consents.of(TraineeData.HOLDER, trainees.stream().map(Trainee::id).toList());
		return trainees.stream().filter(t -> {
			Consent consent = consentOf.get(t.id());
			return consent != null && !consent.erased() && !consent.withdrawn();
		}).toList();
	}
}
