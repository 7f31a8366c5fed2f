package org.smartcityplanner.monitoring.internal.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.monitoring.domain.kpi.PeriodState;
import org.smartcityplanner.monitoring.domain.kpi.Quarter;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@DatabaseTest
class PeriodStoreTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-15");

	@Autowired
	PeriodStore store;

	@Test
	void generatingTwiceAddsEachQuarterOnceAndKeepsWhatExists() {
		var quarters = Quarter.of(new FiscalYear(2575), new FiscalYear(2576));
		int first = store.addMissing(PROVINCE, 1, quarters);
		assertThat(store.addMissing(PROVINCE, 1, quarters)).isZero();
		var periods = store.periodsOf(PROVINCE).stream().filter(p -> p.quarter().year().buddhistYear() == 2575
				|| p.quarter().year().buddhistYear() == 2576)
			.toList();
		assertThat(first).isEqualTo(8);
		assertThat(periods).hasSize(8).allMatch(p -> p.state() == PeriodState.PLANNED);
		assertThat(periods.get(0).dueOn()).isEqualTo(LocalDate.of(2032, 1, 30));
	}

	@Test
	void aStateChangeOverAnOlderVersionIsRefused() {
		store.addMissing(PROVINCE, 1, Quarter.of(new FiscalYear(2577), new FiscalYear(2577)));
		ReportingPeriod period = store.periodsOf(PROVINCE).stream()
			.filter(p -> p.quarter().equals(new Quarter(new FiscalYear(2577), 1))).findFirst().orElseThrow();
		store.changeState(period, PeriodState.OPEN, "tester", Instant.parse("2031-10-02T03:00:00Z"));
		ReportingPeriod opened = store.find(PROVINCE, period.id()).orElseThrow();
		assertThat(opened.state()).isEqualTo(PeriodState.OPEN);
		assertThat(opened.openedAt()).isEqualTo(Instant.parse("2031-10-02T03:00:00Z"));
		assertThat(opened.version()).isEqualTo(period.version() + 1);
		assertThatThrownBy(() -> store.changeState(period, PeriodState.LOCKED, "tester", Instant.now()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(store.openPeriods()).extracting(ReportingPeriod::id).contains(period.id());
	}

	@Test
	void anotherProvincesPeriodIsNotFound() {
		store.addMissing(PROVINCE, 1, Quarter.of(new FiscalYear(2578), new FiscalYear(2578)));
		long id = store.periodsOf(PROVINCE).get(0).id();
		assertThat(store.find(new ProvinceCode("TH-10"), id)).isEmpty();
	}
}
