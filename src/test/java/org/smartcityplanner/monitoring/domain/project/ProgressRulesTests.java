package org.smartcityplanner.monitoring.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;

class ProgressRulesTests {

	static final FiscalYear Y2570 = new FiscalYear(2570);
	static final Allocation ALLOCATION = new Allocation(Map.of(Y2570, Map.of("PROV", Baht.of(1_000_000))));
	static final LocalDate TODAY = LocalDate.of(2027, 2, 15);
	static final ReportingQuarter Q2 = new ReportingQuarter(Y2570, 2);

	static ProgressReport report(ProjectStatus status, int percent, String note, MoneyLine... money) {
		return new ProgressReport("p1", Q2, status, percent, List.of(new Milestone("2570-Q1: เริ่ม", true)),
				List.of(money), note);
	}

	static MoneyLine prov(long committed, long disbursed) {
		return new MoneyLine(Y2570, "PROV", Baht.of(committed), Baht.of(disbursed));
	}

	static String refusal(ProgressReport report) {
		try {
			ProgressRules.check(report, ALLOCATION, TODAY);
			return "accepted";
		}
		catch (InvalidInputException refused) {
			return refused.messageKey();
		}
	}

	@Test
	void acceptsAReportWithinTheAllocation() {
		assertThatCode(() -> ProgressRules.check(report(ProjectStatus.ON_SCHEDULE, 40, "", prov(800_000, 500_000)),
				ALLOCATION, TODAY)).doesNotThrowAnyException();
	}

	@Test
	void acceptsDisbursingExactlyTheAllocation() {
		assertThat(refusal(report(ProjectStatus.COMPLETED, 100, "", prov(1_000_000, 1_000_000)))).isEqualTo("accepted");
	}

	@Test
	void refusesDisbursingMoreThanTheAllocation() {
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 50, "", prov(1_000_000, 1_000_001))))
			.isEqualTo("monitoring.project.money.disbursedOverCommitted");
		assertThatThrownBy(() -> ProgressRules.check(report(ProjectStatus.ON_SCHEDULE, 50, "",
				new MoneyLine(Y2570, "PROV", Baht.of(2_000_000), Baht.of(1_000_001))), ALLOCATION, TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("monitoring.project.money.overDisbursed");
				assertThat(refused.arguments()).containsExactly("2570 PROV", "1,000,001.00", "1,000,000.00");
			});
	}

	@Test
	void refusesDisbursedAboveCommitted() {
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 50, "", prov(100, 101))))
			.isEqualTo("monitoring.project.money.disbursedOverCommitted");
	}

	@Test
	void refusesCommittingMoreThanTheAllocation() {
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 50, "", prov(1_000_001, 0))))
			.isEqualTo("monitoring.project.money.overCommitted");
	}

	@Test
	void refusesMoneyFromASourceTheYearDoesNotAllocate() {
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 50, "",
				new MoneyLine(Y2570, "PPP", Baht.of(1), Baht.ZERO)))).isEqualTo("monitoring.project.money.overCommitted");
	}

	@Test
	void refusesNegativeMoneyAndTheSameLineTwice() {
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 50, "", prov(-1, -1))))
			.isEqualTo("monitoring.project.money.negative");
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 50, "", prov(1, 0), prov(2, 0))))
			.isEqualTo("monitoring.project.money.duplicate");
	}

	@Test
	void refusesAPercentageOutsideZeroToHundred() {
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 101, ""))).isEqualTo("monitoring.project.percent.range");
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, -1, ""))).isEqualTo("monitoring.project.percent.range");
	}

	@Test
	void aProjectNotStartedIsAtZeroAndACompletedOneAtHundred() {
		assertThat(refusal(report(ProjectStatus.NOT_STARTED, 5, ""))).isEqualTo("monitoring.project.percent.notStarted");
		assertThat(refusal(report(ProjectStatus.NOT_STARTED, 0, ""))).isEqualTo("accepted");
		assertThat(refusal(report(ProjectStatus.COMPLETED, 99, ""))).isEqualTo("monitoring.project.percent.completed");
	}

	@Test
	void aDelayedOrCancelledProjectNeedsANote() {
		assertThat(refusal(report(ProjectStatus.DELAYED, 20, " "))).isEqualTo("monitoring.project.note.required");
		assertThat(refusal(report(ProjectStatus.CANCELLED, 20, ""))).isEqualTo("monitoring.project.note.required");
		assertThat(refusal(report(ProjectStatus.DELAYED, 20, "ผู้รับจ้างส่งมอบล่าช้า"))).isEqualTo("accepted");
	}

	@Test
	void refusesAQuarterThatHasNotStarted() {
		ProgressReport next = new ProgressReport("p1", new ReportingQuarter(Y2570, 3), ProjectStatus.ON_SCHEDULE, 10,
				List.of(), List.of(), "");
		assertThat(refusal(next)).isEqualTo("monitoring.project.period.future");
	}

	@Test
	void refusesALongNote() {
		assertThat(refusal(report(ProjectStatus.ON_SCHEDULE, 1, "ก".repeat(ProgressRules.NOTE_MAX + 1))))
			.isEqualTo("monitoring.project.note.tooLong");
	}

	@Test
	void sumsMoneyOverYearsAndSources() {
		ProgressReport report = report(ProjectStatus.ON_SCHEDULE, 50, "", prov(300, 100),
				new MoneyLine(new FiscalYear(2571), "PROV", Baht.of(200), Baht.of(50)));
		assertThat(report.committed()).isEqualTo(Baht.of(500));
		assertThat(report.disbursed()).isEqualTo(Baht.of(150));
		assertThat(report.milestonesDone()).isEqualTo(1);
	}
}
