package org.smartcityplanner.monitoring.internal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.monitoring.MonitoringFixtures;
import org.smartcityplanner.monitoring.domain.project.MoneyLine;
import org.smartcityplanner.monitoring.domain.project.ProjectStatus;
import org.smartcityplanner.monitoring.domain.project.ReportingQuarter;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports kept on H2 and PostgreSQL: history in order, the latest as current state, refusals that store nothing. */
@DatabaseTest
class ProjectProgressServiceTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-47");
	static final ReportingQuarter Q1 = ReportingQuarter.parse("2570-Q1");

	@Autowired
	ProjectProgressService progress;
	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	JdbcClient jdbc;

	static MoneyLine prov(long committed, long disbursed) {
		return new MoneyLine(MonitoringFixtures.Y2570, "PROV", Baht.of(committed), Baht.of(disbursed));
	}

	@Test
	void keepsEveryReportAndTheLatestIsTheProjectsState() {
		String id = MonitoringFixtures.actionPlanProject(plans, actionPlans, PROVINCE, "ถนนปลอดฝุ่นสายที่ 1", 1_000_000);
		ProjectProgress fresh = progress.project(PROVINCE, id).orElseThrow();
		assertThat(fresh.status()).isNull();
		assertThat(fresh.allocation().total()).isEqualTo(Baht.of(1_000_000));
		assertThat(fresh.milestones()).containsExactly("2570-Q1: ออกแบบแล้วเสร็จ", "2570-Q2: ลงนามสัญญา",
				"2570-Q4: ส่งมอบงาน");

		progress.submit(PROVINCE, new ReportInput(id, Q1, ProjectStatus.ON_SCHEDULE, 10, Set.of(0),
				List.of(prov(300_000, 100_000)), ""));
		long second = progress.submit(PROVINCE, new ReportInput(id, Q1, ProjectStatus.DELAYED, 15, Set.of(0, 1),
				List.of(prov(700_000, 600_000)), "ผู้รับจ้างส่งมอบวัสดุล่าช้า"));

		List<StoredReport> history = progress.history(PROVINCE, id);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).id()).isEqualTo(second);
		assertThat(history.get(1).report().disbursed()).isEqualTo(Baht.of(100_000));
		ProjectProgress now = progress.projects(PROVINCE).stream().filter(p -> p.projectId().equals(id)).findFirst()
			.orElseThrow();
		assertThat(now.status()).isEqualTo(ProjectStatus.DELAYED);
		assertThat(now.percentComplete()).isEqualTo(15);
		assertThat(now.committed()).isEqualTo(Baht.of(700_000));
		assertThat(now.disbursed()).isEqualTo(Baht.of(600_000));
		assertThat(now.disbursedPercent()).isEqualTo(60);
		assertThat(now.latest().report().milestones()).extracting(m -> m.done()).containsExactly(true, true, false);
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'monitoring-project-report' and entity_id = ?")
			.param(String.valueOf(second)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesOverDisbursementAndStoresNothing() {
		String id = MonitoringFixtures.actionPlanProject(plans, actionPlans, PROVINCE, "ถนนปลอดฝุ่นสายที่ 2", 500_000);
		assertThatThrownBy(() -> progress.submit(PROVINCE, new ReportInput(id, Q1, ProjectStatus.ON_SCHEDULE, 50,
				Set.of(), List.of(prov(500_001, 500_001)), "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("monitoring.project.money.overDisbursed"));
		assertThat(progress.history(PROVINCE, id)).isEmpty();
	}

	@Test
	void refusesMoneyOutsideTheAllocationAndUnknownMilestones() {
		String id = MonitoringFixtures.actionPlanProject(plans, actionPlans, PROVINCE, "ถนนปลอดฝุ่นสายที่ 3", 500_000);
		assertThatThrownBy(() -> progress.submit(PROVINCE, new ReportInput(id, Q1, ProjectStatus.ON_SCHEDULE, 5,
				Set.of(), List.of(new MoneyLine(MonitoringFixtures.Y2570, "PPP", Baht.ZERO, Baht.ZERO)), "")))
			.hasMessageStartingWith("monitoring.project.money.notAllocated");
		assertThatThrownBy(() -> progress.submit(PROVINCE, new ReportInput(id, Q1, ProjectStatus.ON_SCHEDULE, 5,
				Set.of(3), List.of(), ""))).hasMessageStartingWith("monitoring.project.milestone.unknown");
		assertThat(progress.history(PROVINCE, id)).isEmpty();
	}

	@Test
	void aProjectOfAnotherProvinceIsUnknownHere() {
		String other = MonitoringFixtures.actionPlanProject(plans, actionPlans, new ProvinceCode("TH-48"),
				"ถนนปลอดฝุ่นของจังหวัดอื่น", 500_000);
		assertThat(progress.project(PROVINCE, other)).isEmpty();
		assertThatThrownBy(() -> progress.submit(PROVINCE, new ReportInput(other, Q1, ProjectStatus.ON_SCHEDULE, 5,
				Set.of(), List.of(), ""))).hasMessageStartingWith("monitoring.project.unknown");
		assertThat(progress.history(new ProvinceCode("TH-48"), other)).isEmpty();
	}
}
