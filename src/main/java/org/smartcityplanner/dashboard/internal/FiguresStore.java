package org.smartcityplanner.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.dashboard.ProvinceFigures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's read model: one row of figures per province and the set of its plan's project ids. Every
 * write is safe to repeat, because the event registry may deliver an event twice.
 */
@Component
public class FiguresStore {

	private static final String SELECT = """
			select f.*, (select count(*) from dsh_plan_project p where p.province_code = f.province_code) as projects,
			(select count(*) from dsh_trainee t where t.province_code = f.province_code) as trainees,
			(select count(*) from dsh_trainee t where t.province_code = f.province_code and t.certified) as certified
			from dsh_province_figures f""";

	/**
	 * What the modules' APIs say about a province right now.
	 *
	 * @param status plan status or {@code null}
	 * @param projectIds the plan's project ids
	 * @param lastVersionId newest saved version or {@code null}
	 * @param lastVersionName its name or {@code null}
	 * @param adoptedRunId the run the action plan came from or {@code null}
	 * @param adoptedProjects projects of the adopted action plan or {@code null} when there is none
	 * @param trainees trainee id to whether they are certified
	 */
	record Seed(PlanStatus status, Collection<String> projectIds, Long lastVersionId, String lastVersionName,
			Long adoptedRunId, Integer adoptedProjects, Map<Long, Boolean> trainees) {
	}

	private final JdbcClient jdbc;

	FiguresStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The province's figures, if the read model has seen it. */
	public Optional<ProvinceFigures> find(ProvinceCode province) {
		return jdbc.sql(SELECT + " where f.province_code = ?").param(province.value())
			.query((rs, row) -> figures(rs)).optional();
	}

	/** The figures of every province the read model has seen, in one query. */
	public Map<ProvinceCode, ProvinceFigures> all() {
		Map<ProvinceCode, ProvinceFigures> all = new HashMap<>();
		jdbc.sql(SELECT).query(rs -> {
			all.put(new ProvinceCode(rs.getString("province_code")), figures(rs));
		});
		return all;
	}

	Set<ProvinceCode> known() {
		return jdbc.sql("select province_code from dsh_province_figures").query(String.class).list().stream()
			.map(ProvinceCode::new).collect(Collectors.toSet());
	}

	boolean knows(ProvinceCode province) {
		return jdbc.sql("select count(*) from dsh_province_figures where province_code = ?").param(province.value())
			.query(Long.class).single() > 0;
	}

	boolean knowsPlanOf(ProvinceCode province) {
		return jdbc.sql("select count(*) from dsh_province_figures where province_code = ? and plan_status is not null")
			.param(province.value()).query(Long.class).single() > 0;
	}

	/** Replaces everything known of the province with what its modules say now. */
	void replace(ProvinceCode province, Seed seed) {
		ensureRow(province);
		jdbc.sql("""
				update dsh_province_figures set plan_status = ?, last_version_id = ?, last_version_name = ?,
				adopted_run_id = coalesce(adopted_run_id, ?), adopted_projects = coalesce(adopted_projects, ?),
				updated_at = ? where province_code = ?""")
			.params(seed.status() == null ? null : seed.status().name(), seed.lastVersionId(), seed.lastVersionName(),
					seed.adoptedRunId(), seed.adoptedProjects(), Utc.now(), province.value())
			.update();
		jdbc.sql("delete from dsh_plan_project where province_code = ?").param(province.value()).update();
		seed.projectIds().forEach(id -> addProject(province, id));
		jdbc.sql("delete from dsh_trainee where province_code = ?").param(province.value()).update();
		seed.trainees().forEach((id, certified) -> {
			traineeRegistered(province, id);
			if (certified) {
				certified(province, id);
			}
		});
	}

	void traineeRegistered(ProvinceCode province, long traineeId) {
		ensureRow(province);
		jdbc.sql("""
				insert into dsh_trainee (province_code, trainee_id, certified) values (?, ?, false)
				on conflict do nothing""").params(province.value(), traineeId).update();
	}

	/** Also when the certificate's event overtakes the registration's: the trainee is then counted here. */
	void certified(ProvinceCode province, long traineeId) {
		traineeRegistered(province, traineeId);
		jdbc.sql("update dsh_trainee set certified = true where province_code = ? and trainee_id = ?")
			.params(province.value(), traineeId).update();
	}

	void addProject(ProvinceCode province, String projectId) {
		ensureRow(province);
		jdbc.sql("insert into dsh_plan_project (province_code, project_id) values (?, ?) on conflict do nothing")
			.params(province.value(), projectId).update();
	}

	void removeProject(ProvinceCode province, String projectId) {
		jdbc.sql("delete from dsh_plan_project where province_code = ? and project_id = ?")
			.params(province.value(), projectId).update();
	}

	/**
	 * A new plan is a draft; a status the read model already has (from a later step that arrived first, or from a
	 * seed) is kept. Nothing is seeded: a plan just started has no project or version to read.
	 */
	void planStarted(ProvinceCode province) {
		update(province, "plan_status = ?", List.of(PlanStatus.DRAFT.name()), " and plan_status is null");
	}

	void status(ProvinceCode province, PlanStatus status) {
		update(province, "plan_status = ?", List.of(status.name()), "");
	}

	/** Keeps the newest version: a late delivery of an older one changes nothing. */
	void versionSaved(ProvinceCode province, long versionId, String name) {
		update(province, "last_version_id = ?, last_version_name = ?", List.of(versionId, name),
				" and (last_version_id is null or last_version_id < ?)", versionId);
	}

	/** Keeps the latest adoption: a late delivery of an earlier one changes nothing. */
	void adopted(ProvinceCode province, long runId, int projects, Instant at) {
		update(province, "adopted_run_id = ?, adopted_projects = ?, adopted_at = ?",
				List.of(runId, projects, Utc.of(at)), " and (adopted_at is null or adopted_at <= ?)", Utc.of(at));
	}

	private void update(ProvinceCode province, String set, List<Object> values, String guard, Object... guardValues) {
		ensureRow(province);
		List<Object> params = new ArrayList<>(values);
		params.add(Utc.now());
		params.add(province.value());
		params.addAll(List.of(guardValues));
		jdbc.sql("update dsh_province_figures set " + set + ", updated_at = ? where province_code = ?" + guard)
			.params(params).update();
	}

	private void ensureRow(ProvinceCode province) {
		jdbc.sql("insert into dsh_province_figures (province_code, updated_at) values (?, ?) on conflict do nothing")
			.params(province.value(), Utc.now()).update();
	}

	private static ProvinceFigures figures(ResultSet rs) throws SQLException {
		String status = rs.getString("plan_status");
		OffsetDateTime adoptedAt = rs.getObject("adopted_at", OffsetDateTime.class);
		return new ProvinceFigures(status == null ? null : PlanStatus.valueOf(status), rs.getInt("projects"),
				rs.getString("last_version_name"), rs.getObject("adopted_projects", Integer.class),
				adoptedAt == null ? null : adoptedAt.toInstant(), rs.getInt("trainees"), rs.getInt("certified"));
	}
}
