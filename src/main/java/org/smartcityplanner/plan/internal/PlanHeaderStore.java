package org.smartcityplanner.plan.internal;

import java.util.Optional;

import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan row: title, period, vision, missions, the required chapters and the status.
 */
@Component
class PlanHeaderStore {

	private final JdbcClient jdbc;

	PlanHeaderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PlanHeader> ofProvince(ProvinceCode province) {
		return withRevision(province).map(RevisedHeader::header);
	}

	/** The plan's own fields with its plan-wide revision (see {@link PlanCache}). */
	Optional<RevisedHeader> withRevision(ProvinceCode province) {
		return jdbc.sql("select * from pln_plan where province_code = ?").param(province.value())
			.query((rs, row) -> new RevisedHeader(new PlanHeader(rs.getLong("id"), new ProvinceCode(rs.getString("province_code")),
					rs.getString("title"),
					new PlanPeriod(new FiscalYear(rs.getInt("first_year")), new FiscalYear(rs.getInt("last_year"))),
					rs.getString("vision"), PlanRows.lines(rs.getString("missions")),
					new PlanSections(rs.getString("digital_infrastructure"), rs.getString("data_sources"),
							rs.getString("data_openness"), rs.getString("data_security"), rs.getString("data_sharing"),
							rs.getString("governance_body"), rs.getString("roles"), rs.getString("financing"),
							rs.getString("monitoring")),
					PlanStatus.valueOf(rs.getString("status")), rs.getInt("version"),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getInt("revision_number"),
					rs.getString("title_en")),
					rs.getLong("revision")))
			.optional();
	}

	long create(ProvinceCode province, String title, PlanPeriod period, String actor) {
		jdbc.sql("""
				insert into pln_plan (province_code, title, first_year, last_year, vision, missions,
				digital_infrastructure, data_sources, data_openness, data_security, data_sharing, governance_body,
				roles, financing, monitoring, status, version, updated_at, updated_by)
				values (?, ?, ?, ?, '', '', '', '', '', '', '', '', '', '', '', 'DRAFT', 0, ?, ?)""")
			.params(province.value(), title, period.first().buddhistYear(), period.last().buddhistYear(), Utc.now(),
					actor)
			.update();
		return jdbc.sql("select id from pln_plan where province_code = ?").param(province.value()).query(Long.class)
			.single();
	}

	void updateOverview(long planId, int version, String title, String titleEn, PlanPeriod period, String vision,
			java.util.List<String> missions, String actor) {
		expectOne(jdbc.sql("""
				update pln_plan set title = ?, title_en = ?, first_year = ?, last_year = ?, vision = ?, missions = ?, version = version + 1, revision = revision + 1,
				updated_at = ?, updated_by = ? where id = ? and version = ?""")
			.params(title, titleEn == null ? "" : titleEn.strip(), period.first().buddhistYear(), period.last().buddhistYear(), vision, PlanRows.lines(missions),
					Utc.now(), actor, planId, version)
			.update(), planId);
	}

	void updateSections(long planId, int version, PlanSections s, String actor) {
		expectOne(jdbc.sql("""
				update pln_plan set digital_infrastructure = ?, data_sources = ?, data_openness = ?, data_security = ?,
				data_sharing = ?, governance_body = ?, roles = ?, financing = ?, monitoring = ?, version = version + 1, revision = revision + 1,
				updated_at = ?, updated_by = ? where id = ? and version = ?""")
			.params(s.digitalInfrastructure(), s.dataSources(), s.dataOpenness(), s.dataSecurity(), s.dataSharing(),
					s.governanceBody(), s.roles(), s.financing(), s.monitoring(), Utc.now(), actor, planId, version)
			.update(), planId);
	}

	void updateStatus(long planId, int version, PlanStatus from, PlanStatus to, String actor) {
		updateStatus(planId, version, from, to, actor, null);
	}

	/** A status step; {@code versionId} names the version saved with an approval, else {@code null}. */
	void updateStatus(long planId, int version, PlanStatus from, PlanStatus to, String actor, Long versionId) {
		expectOne(jdbc.sql("""
				update pln_plan set status = ?, version = version + 1, revision = revision + 1, updated_at = ?, updated_by = ?
				where id = ? and version = ? and status = ?""")
			.params(to.name(), Utc.now(), actor, planId, version, from.name()).update(), planId);
		jdbc.sql("""
				insert into pln_status_change (plan_id, from_status, to_status, changed_at, changed_by, version_id)
				values (?, ?, ?, ?, ?, ?)""").params(planId, from.name(), to.name(), Utc.now(), actor, versionId).update();
	}

	/** Approved back to draft, one revision up: the status step is recorded like any other. */
	void reopen(long planId, int version, String actor) {
		updateStatus(planId, version, PlanStatus.APPROVED, PlanStatus.DRAFT, actor);
		jdbc.sql("update pln_plan set revision_number = revision_number + 1 where id = ?").param(planId).update();
	}

	java.util.List<org.smartcityplanner.plan.StatusChange> statusHistory(long planId) {
		return jdbc.sql("""
				select from_status, to_status, changed_at, changed_by, version_id from pln_status_change
				where plan_id = ? order by id desc""").param(planId)
			.query((rs, row) -> new org.smartcityplanner.plan.StatusChange(PlanStatus.valueOf(rs.getString(1)),
					PlanStatus.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getObject(5) == null ? null : rs.getLong(5)))
			.list();
	}

	private static void expectOne(int updated, long planId) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Plan " + planId + " was changed by someone else");
		}
	}

	/**
	 * A plan header as read, with the revision it was read at.
	 *
	 * @param header the plan's own fields
	 * @param revision the plan-wide revision
	 */
	record RevisedHeader(PlanHeader header, long revision) {
	}
}
