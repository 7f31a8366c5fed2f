package org.smartcityplanner.training.internal;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.Trainee;
import org.smartcityplanner.training.TrainingSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training's one ownership check: cohort, session and trainee ids are looked up within the province of the path
 * (through the cohort that owns them) before anything is read or stored; an id of another province, or of nothing,
 * fails with {@link org.smartcityplanner.shared.NotInProvinceException} naming the field. Trainer ids are
 * consultant accounts, asked of {@link IdentityApi}. Reads its own tables directly so the services can use it
 * without depending on each other.
 */
@Component
class TrainingOwnership {

	private final JdbcClient jdbc;
	private final IdentityApi identity;

	TrainingOwnership(JdbcClient jdbc, IdentityApi identity) {
		this.jdbc = jdbc;
		this.identity = identity;
	}

	Cohort cohort(ProvinceCode province, long cohortId) {
		return InProvince.require(jdbc.sql(Rows.COHORT_SELECT + " where c.id = ? and c.province_code = ?")
			.params(cohortId, province.value()).query(Rows::cohort).optional(), "cohortId", cohortId);
	}

	TrainingSession session(ProvinceCode province, long sessionId) {
		return InProvince.require(jdbc.sql("""
				select s.* from trn_session s join trn_cohort c on c.id = s.cohort_id
				where s.id = ? and c.province_code = ?""").params(sessionId, province.value())
			.query(Rows::session).optional(), "sessionId", sessionId);
	}

	/** A trainee of the given cohort, which must itself be in the province. */
	Trainee trainee(ProvinceCode province, long cohortId, long traineeId) {
		return InProvince.require(jdbc.sql("""
				select t.* from trn_trainee t join trn_cohort c on c.id = t.cohort_id
				where t.id = ? and t.cohort_id = ? and c.province_code = ?""")
			.params(traineeId, cohortId, province.value()).query(Rows::trainee).optional(), "traineeId", traineeId);
	}

	/** Whether every id names a consultant account (trainers come from the national consultant pool). */
	boolean areConsultants(Collection<Long> userIds) {
		Set<Long> consultants = identity.usersWithRole(Role.CONSULTANT).stream().map(UserSummary::id)
			.collect(Collectors.toSet());
		return consultants.containsAll(userIds);
	}
}
