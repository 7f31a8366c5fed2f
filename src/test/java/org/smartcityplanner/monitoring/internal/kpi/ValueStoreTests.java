package org.smartcityplanner.monitoring.internal.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.monitoring.domain.kpi.ValueReport;
import org.smartcityplanner.monitoring.domain.kpi.ValueStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ValueStoreTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-15");

	@Autowired
	ValueStore values;
	@Autowired
	OwnerStore owners;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aValueKeepsItsDecimalsAndIsOncePerPeriodAndKpi() {
		long period = period(2580);
		values.insert(PROVINCE, period, "kpi-decimals", new ValueReport(new BigDecimal("28.1250"), "สถานี", ""), "owner");
		KpiValue saved = values.find(PROVINCE, period, "kpi-decimals").orElseThrow();
		assertThat(saved.actual()).isEqualTo(new BigDecimal("28.125"));
		assertThat(saved.status()).isEqualTo(ValueStatus.SUBMITTED);
		assertThat(saved.submittedAt()).isNotNull();
		assertThatThrownBy(() -> values.insert(PROVINCE, period, "kpi-decimals",
				new ValueReport(BigDecimal.ONE, "สถานี", ""), "owner")).isInstanceOf(DuplicateKeyException.class);
		assertThat(values.find(new ProvinceCode("TH-10"), saved.id())).isEmpty();
	}

	@Test
	void aDecisionOverAnOlderVersionIsRefusedAndOnlyApprovedValuesAreListedAsSuch() {
		long period = period(2581);
		values.insert(PROVINCE, period, "kpi-approve", new ValueReport(new BigDecimal("12"), "ทะเบียน", ""), "owner");
		KpiValue submitted = values.find(PROVINCE, period, "kpi-approve").orElseThrow();
		values.decide(submitted, ValueStatus.APPROVED, "", "coordinator");
		assertThatThrownBy(() -> values.decide(submitted, ValueStatus.RETURNED, "ช้า", "coordinator"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(values.ofProvince(PROVINCE, true)).extracting(KpiValue::kpiId).contains("kpi-approve");
		KpiValue approved = values.find(PROVINCE, submitted.id()).orElseThrow();
		assertThat(approved.decidedBy()).isEqualTo("coordinator");
		assertThat(approved.decidedAt()).isNotNull();
	}

	@Test
	void anOwnerIsNamedOnceAndChangedOnlyOverTheVersionSeen() {
		owners.save(PROVINCE, "kpi-owner", "สำนักงานจังหวัด", 7, null, "coordinator");
		assertThatThrownBy(() -> owners.save(PROVINCE, "kpi-owner", "อีกหน่วยงาน", 8, null, "coordinator"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		owners.save(PROVINCE, "kpi-owner", "สำนักงานสถิติจังหวัด", 8, 0, "coordinator");
		assertThat(owners.ownersOf(PROVINCE).get("kpi-owner"))
			.isEqualTo(new KpiOwner("kpi-owner", "สำนักงานสถิติจังหวัด", 8, 1));
		assertThat(owners.provincesOwnedBy(8)).contains(PROVINCE);
	}

	private long period(int year) {
		jdbc.sql("""
				insert into mon_period (province_code, plan_id, fiscal_year, quarter, starts_on, ends_on, due_on, state)
				values ('TH-15', 1, ?, 1, DATE '2030-10-01', DATE '2030-12-31', DATE '2031-01-30', 'OPEN')""")
			.param(year).update();
		return jdbc.sql("select id from mon_period where province_code = 'TH-15' and fiscal_year = ? and quarter = 1")
			.param(year).query(Long.class).single();
	}
}
