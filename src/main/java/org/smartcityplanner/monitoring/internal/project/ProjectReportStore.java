package org.smartcityplanner.monitoring.internal.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.monitoring.domain.project.Milestone;
import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.monitoring.domain.project.ProgressReport;
import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.monitoring.domain.project.ReportingQuarter;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Progress reports in {@code mon_project_report} and its milestone and money rows. Reports are only ever added;
 * reads load milestones and money for all the reports asked for in two queries, not one per report.
 */
@Repository
class ProjectReportStore {

	private final JdbcClient jdbc;

	ProjectReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(ProvinceCode province, ProgressReport report, String reportedBy, Instant reportedAt) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into mon_project_report (province_code, project_id, fiscal_year, quarter, status,
				    percent_complete, note, reported_by, reported_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(province.value(), report.projectId(), report.period().year().buddhistYear(),
					report.period().quarter(), report.status().name(), report.percentComplete(), report.note(),
					reportedBy, Timestamp.from(reportedAt))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int position = 0;
		for (Milestone milestone : report.milestones()) {
			jdbc.sql("insert into mon_project_report_milestone (report_id, position, text, done) values (?, ?, ?, ?)")
				.params(id, position++, milestone.text(), milestone.done()).update();
		}
		for (MoneyLine line : report.money()) {
			jdbc.sql("""
					insert into mon_project_report_money (report_id, fiscal_year, source_code, committed_satang,
					    disbursed_satang) values (?, ?, ?, ?, ?)""")
				.params(id, line.year().buddhistYear(), line.source(), line.committed().satang(),
						line.disbursed().satang())
				.update();
		}
		return id;
	}

	/** Every report of a project, newest first. */
	List<StoredReport> history(ProvinceCode province, String projectId) {
		return load(jdbc.sql("select * from mon_project_report where province_code = ? and project_id = ? order by id desc")
			.params(province.value(), projectId).query(this::header).list());
	}

	/** The latest report of each project of the province, by project id. */
	Map<String, StoredReport> latest(ProvinceCode province) {
		List<Header> headers = jdbc.sql("""
				select * from mon_project_report r where r.province_code = ? and r.id = (
				    select max(l.id) from mon_project_report l
				    where l.province_code = r.province_code and l.project_id = r.project_id)""")
			.param(province.value()).query(this::header).list();
		Map<String, StoredReport> byProject = new LinkedHashMap<>();
		load(headers).forEach(stored -> byProject.put(stored.report().projectId(), stored));
		return byProject;
	}

	private record Header(long id, String projectId, ReportingQuarter period, ProjectStatus status, int percent,
			String note, String reportedBy, Instant reportedAt) {
	}

	private Header header(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Header(rs.getLong("id"), rs.getString("project_id"),
				new ReportingQuarter(new FiscalYear(rs.getInt("fiscal_year")), rs.getInt("quarter")),
				ProjectStatus.valueOf(rs.getString("status")), rs.getInt("percent_complete"), rs.getString("note"),
				rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant());
	}

	private List<StoredReport> load(List<Header> headers) {
		if (headers.isEmpty()) {
			return List.of();
		}
		Collection<Long> ids = headers.stream().map(Header::id).toList();
		Map<Long, List<Milestone>> milestones = new HashMap<>();
		jdbc.sql("select * from mon_project_report_milestone where report_id in (:ids) order by report_id, position")
			.param("ids", ids).query(rs -> {
				milestones.computeIfAbsent(rs.getLong("report_id"), id -> new ArrayList<>())
					.add(new Milestone(rs.getString("text"), rs.getBoolean("done")));
			});
		Map<Long, List<MoneyLine>> money = new HashMap<>();
		jdbc.sql("select * from mon_project_report_money where report_id in (:ids) order by report_id, fiscal_year, source_code")
			.param("ids", ids).query(rs -> {
				money.computeIfAbsent(rs.getLong("report_id"), id -> new ArrayList<>())
					.add(new MoneyLine(new FiscalYear(rs.getInt("fiscal_year")), rs.getString("source_code"),
							new Baht(rs.getLong("committed_satang")), new Baht(rs.getLong("disbursed_satang"))));
			});
		return headers.stream().map(h -> new StoredReport(h.id(),
				new ProgressReport(h.projectId(), h.period(), h.status(), h.percent(),
						milestones.getOrDefault(h.id(), List.of()), money.getOrDefault(h.id(), List.of()), h.note()),
				h.reportedBy(), h.reportedAt())).toList();
	}
}
