package org.smartcityplanner.dashboard.internal.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.dashboard.domain.Stage;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.AreaDetails;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification register and the national read model on H2 and PostgreSQL: stages follow the plan and the
 * register, every change is audited, bad input is refused with nothing saved, and the overview costs the same few
 * statements whatever the number of provinces and areas. Each test rolls back.
 */
@DatabaseTest
@Transactional
class NationalReadModelTests {

	private static final ProvinceCode OWN = new ProvinceCode("TH-20");
	private static final ProvinceCode OTHER = new ProvinceCode("TH-21");

	@Autowired
	CertificationRegister register;
	@Autowired
	NationalSync sync;
	@Autowired
	NationalStore store;
	@Autowired
	NationalOverviews overviews;
	@Autowired
	ProgrammeTargets targets;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	PlanUseCases plans;
	@Autowired
	AuditLog audit;
	@Autowired
	Today today;

	private TargetAreaView area(ProvinceCode province, String name) {
		return profile.createArea(province, new AreaDetails(new LocalizedText(name, name + " (en)"), AreaType.OLD_TOWN,
				null, null, null, "", List.of("LIV"), null));
	}

	private static Certification.Input certified(ProvinceCode province, long areaId, LocalDate on, LocalDate renewed) {
		return new Certification.Input(province.value(), areaId, on, renewed, "ประกาศ 1/2568", "โทรแจ้งแล้ว");
	}

	private NationalOverview.ProvinceLine line(ProvinceCode province, boolean forPublic) {
		return overviews.overview(forPublic, NationalOverviews.Order.PROVINCE).provinces().stream()
			.filter(line -> line.code().equals(province)).findFirst().orElseThrow();
	}

	@Test
	void aCertifiedAreaLiftsItsProvinceWhileTheOtherAreaStaysAtThePlansStage() {
		TargetAreaView oldTown = area(OWN, "ย่านเมืองเก่าทดสอบ");
		TargetAreaView port = area(OWN, "ย่านท่าเรือทดสอบ");
		plans.startPlan(OWN, "แผนทดสอบภาพรวมประเทศ", PlanFixtures.PERIOD);
		sync.refresh(OWN);
		assertThat(line(OWN, false).stage()).isEqualTo(Stage.DRAFT_PLAN);

		Certification entry = register.create(certified(OWN, oldTown.id(), today.date().minusYears(1), null));

		NationalOverview.ProvinceLine line = line(OWN, false);
		assertThat(line.stage()).isEqualTo(Stage.CERTIFIED);
		assertThat(line.areas()).extracting(NationalOverview.AreaLine::id, NationalOverview.AreaLine::stage)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(oldTown.id(), Stage.CERTIFIED),
					org.assertj.core.groups.Tuple.tuple(port.id(), Stage.DRAFT_PLAN));

		register.update(entry.id(), certified(OWN, oldTown.id(), today.date().minusYears(1), today.date()),
				entry.version());

		assertThat(line(OWN, false).stage()).isEqualTo(Stage.RENEWED);
		assertThat(audit.latest("national-certification", 5)).extracting(e -> e.action()).startsWith("updated",
				"created");
	}

	@Test
	void refusesAnAreaOfAnotherProvinceFutureDatesARenewalBeforeTheAwardAndASecondEntryNothingSaved() {
		TargetAreaView own = area(OWN, "ย่านทดสอบหนึ่ง");
		TargetAreaView other = area(OTHER, "ย่านจังหวัดอื่น");
		LocalDate now = today.date();
		register.create(certified(OWN, own.id(), now.minusYears(2), null));
		int entries = register.all().size();

		assertRefused(certified(OWN, other.id(), now.minusDays(3), null), "national.certification.areaInvalid");
		assertRefused(certified(OTHER, other.id(), now.plusDays(1), null), "national.certification.inFuture");
		assertRefused(certified(OTHER, other.id(), now.minusDays(3), now.minusDays(3)),
				"national.certification.renewedBeforeCertified");
		assertRefused(certified(OTHER, other.id(), null, null), "national.certification.certifiedOnRequired");
		assertRefused(certified(OWN, own.id(), now.minusDays(3), null), "national.certification.duplicate");
		assertRefused(new Certification.Input("XX", own.id(), now, null, "", ""), "national.certification.province");
		assertRefused(new Certification.Input(OWN.value(), own.id(), now, null, "x".repeat(201), ""),
				"national.certification.tooLong");

		assertThat(register.all()).hasSize(entries);
	}

	private void assertRefused(Certification.Input input, String key) {
		assertThatThrownBy(() -> register.create(input)).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo(key));
	}

	@Test
	void aChangeOnAStaleVersionIsRefused() {
		TargetAreaView own = area(OWN, "ย่านทดสอบรุ่น");
		Certification entry = register.create(certified(OWN, own.id(), today.date().minusYears(1), null));
		register.update(entry.id(), certified(OWN, own.id(), today.date().minusYears(1), today.date()), entry.version());

		assertThatThrownBy(() -> register.update(entry.id(),
				certified(OWN, own.id(), today.date().minusYears(2), null), entry.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> register.delete(entry.id(), entry.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void theTargetsAreTheIssuesFiguresEditableAndAudited() {
		assertThat(targets.all()).extracting(t -> t.year().buddhistYear(), t -> t.areas(), t -> t.provinces(),
				t -> t.toConfirm())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2562, 10, 7, false),
					org.assertj.core.groups.Tuple.tuple(2563, 30, 24, false),
					org.assertj.core.groups.Tuple.tuple(2565, 100, 77, false),
					org.assertj.core.groups.Tuple.tuple(2570, 105, null, true));

		var changed = targets.update(2570, new ProgrammeTargets.Input(2570, 110, 40, "ประกาศใหม่", false), 0);

		assertThat(changed.areas()).isEqualTo(110);
		assertThat(changed.toConfirm()).isFalse();
		assertThat(audit.latest("programme-target", 1)).extracting(e -> e.entityId()).containsExactly("2570");
		assertThatThrownBy(() -> targets.update(2570, new ProgrammeTargets.Input(2570, 0, null, "x", true), 1))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("national.target.areas"));
		assertThatThrownBy(() -> targets.create(new ProgrammeTargets.Input(2562, 5, null, "x", true)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("national.target.duplicate"));
		assertThatThrownBy(() -> targets.create(new ProgrammeTargets.Input(2575, 5, 78, "x", true)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("national.target.provinces"));
	}

	@Test
	void thePublicVersionShowsOnlyTheDimensionsOfApprovedPlans() {
		store.replace(new NationalStore.ProvinceRow(OWN, true, PlanStatus.SUBMITTED, List.of("ENV", "ECO"),
				Stage.SUBMITTED), List.of());
		store.replace(new NationalStore.ProvinceRow(OTHER, true, PlanStatus.APPROVED, List.of("MOB"), Stage.SUBMITTED),
				List.of());

		assertThat(line(OWN, false).dimensions()).containsExactly("ENV", "ECO");
		assertThat(line(OWN, true).dimensions()).isEmpty();
		assertThat(line(OTHER, true).dimensions()).containsExactly("MOB");
	}

	@Test
	void theOverviewTakesTheSameFewStatementsWhateverTheNumberOfProvincesAndAreas() {
		overviews.overview(false, NationalOverviews.Order.STAGE_DESCENDING); // tiles and provinces read once
		int before = SqlStatementCounter.record(() -> overviews.overview(false, NationalOverviews.Order.PROVINCE))
			.statements();
		for (int i = 0; i < 6; i++) {
			area(i % 2 == 0 ? OWN : OTHER, "ย่านนับคำสั่ง " + i);
		}
		sync.refresh(OWN);
		sync.refresh(OTHER);

		SqlStatementCounter.Recording after = SqlStatementCounter
			.record(() -> overviews.overview(false, NationalOverviews.Order.PROVINCE));

		assertThat(after.statements()).as(after.toString()).isEqualTo(before).isLessThanOrEqualTo(4);
		assertThat(overviews.overview(false, NationalOverviews.Order.PROVINCE).provinces()).hasSize(77);
	}
}
