package org.smartcityplanner.plan;

import org.smartcityplanner.plan.internal.PlanUseCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans are kept in memory between requests under their plan-wide revision. Not transactional on purpose: the
 * cache only serves reads outside a writing transaction, as on a real node.
 */
@DatabaseTest
class PlanCacheTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-45");

	@Autowired
	PlanUseCases plans;
	@Autowired
	JdbcClient jdbc;

	private Goal goal;

	@BeforeEach
	void aPlanWithOneGoal() {
		if (plans.plan(PROVINCE).isEmpty()) {
			plans.startPlan(PROVINCE, "แผนทดสอบแคช", PlanFixtures.PERIOD);
			plans.addGoal(PROVINCE, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		}
		goal = plans.plan(PROVINCE).orElseThrow().document().goals().get(0);
	}

	@Test
	void anUnchangedPlanIsServedFromMemory() {
		plans.plan(PROVINCE);
		// a write that bypasses the application (and so the revision) is not seen: the plan was not read again
		jdbc.sql("update pln_goal set title = 'แก้ไขตรง' where id = ?").param(goal.id().value()).update();

		assertThat(titleOfFirstGoal()).isEqualTo(goal.title());
		restoreTitle();
	}

	@Test
	void aChangeCommittedOnAnotherNodeIsSeenOnTheNextRead() {
		plans.plan(PROVINCE);
		// what another node's change does: the item and the plan-wide revision in one transaction
		jdbc.sql("update pln_goal set title = 'จากอีกเครื่อง' where id = ?").param(goal.id().value()).update();
		jdbc.sql("update pln_plan set revision = revision + 1 where province_code = ?").param(PROVINCE.value())
			.update();

		assertThat(titleOfFirstGoal()).isEqualTo("จากอีกเครื่อง");
		restoreTitle();
	}

	@Test
	void aChangeThroughTheApplicationIsSeenAndARefusedOneLeavesNoTrace() {
		LoadedPlan loaded = plans.plan(PROVINCE).orElseThrow();
		int version = loaded.versionOf(goal.id().value());
		plans.updateGoal(PROVINCE, retitled("ชื่อใหม่"), version);
		assertThat(titleOfFirstGoal()).isEqualTo("ชื่อใหม่");

		assertThatThrownBy(() -> plans.updateGoal(PROVINCE, retitled("ทับของคนอื่น"), version))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(titleOfFirstGoal()).isEqualTo("ชื่อใหม่");

		LoadedPlan current = plans.plan(PROVINCE).orElseThrow();
		plans.updateGoal(PROVINCE, retitled(goal.title()), current.versionOf(goal.id().value()));
		assertThat(titleOfFirstGoal()).isEqualTo(goal.title());
	}

	@Test
	void theHeaderIsAlwaysReadAfresh() {
		LoadedPlan before = plans.plan(PROVINCE).orElseThrow();
		plans.changeStatus(PROVINCE, before.header().version(), PlanStatus.IN_REVIEW);

		LoadedPlan after = plans.plan(PROVINCE).orElseThrow();
		assertThat(after.header().status()).isEqualTo(PlanStatus.IN_REVIEW);
		plans.changeStatus(PROVINCE, after.header().version(), PlanStatus.DRAFT);
	}

	private String titleOfFirstGoal() {
		return plans.plan(PROVINCE).orElseThrow().document().goals().get(0).title();
	}

	private Goal retitled(String title) {
		return new Goal(goal.id(), goal.dimension(), title, goal.description(), goal.strategies(), goal.alignment());
	}

	private void restoreTitle() {
		jdbc.sql("update pln_goal set title = ? where id = ?").params(goal.title(), goal.id().value()).update();
		jdbc.sql("update pln_plan set revision = revision + 1 where province_code = ?").param(PROVINCE.value())
			.update();
	}
}
