package org.smartcityplanner.engagement.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.domain.matching.Need;
import org.smartcityplanner.engagement.domain.matching.TeamCheck;
import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ConsultantPoolDatabaseTests {

	static final ProvinceCode NONTHABURI = new ProvinceCode("TH-12");
	static final ProvinceCode PATHUM_THANI = new ProvinceCode("TH-13");

	@Autowired
	ConsultantPool pool;
	@Autowired
	TeamProposals proposals;
	@Autowired
	EngagementUseCases engagements;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;

	@Test
	void savesAProfileWithExpertiseDimensionsAndRegionAndRefusesAStaleCopy() {
		long id = consultant("pool.db.profile");
		ConsultantView saved = pool.saveProfile(id, new ProfileUpdate(ConsultantRank.SENIOR_CONSULTANT,
				Set.of(ExpertiseTag.MOBILITY, ExpertiseTag.ENERGY), Set.of("MOB", "ENE"), "north", 3,
				pool.consultant(id, today(), today()).orElseThrow().version()));
		assertThat(saved.rank()).isEqualTo(ConsultantRank.SENIOR_CONSULTANT);
		assertThat(saved.tags()).containsExactly(ExpertiseTag.ENERGY, ExpertiseTag.MOBILITY);
		assertThat(saved.dimensions()).containsExactly("ENE", "MOB");
		assertThat(saved.homeRegion()).isEqualTo("north");
		assertThat(saved.cap()).isEqualTo(3);

		ProfileUpdate stale = new ProfileUpdate(ConsultantRank.CONSULTANT, Set.of(), Set.of(), null, 2,
				saved.version() - 1);
		assertThatThrownBy(() -> pool.saveProfile(id, stale)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(pool.consultant(id, today(), today()).orElseThrow().rank())
			.isEqualTo(ConsultantRank.SENIOR_CONSULTANT);
	}

	@Test
	void anUnknownDimensionOrRegionIsRefusedAndNothingSaved() {
		long id = consultant("pool.db.unknown");
		assertThatThrownBy(() -> pool.saveProfile(id, new ProfileUpdate(ConsultantRank.CONSULTANT, Set.of(),
				Set.of("XYZ"), null, 2, null))).hasMessageContaining("pool.error.dimension");
		assertThatThrownBy(() -> pool.saveProfile(id, new ProfileUpdate(ConsultantRank.CONSULTANT, Set.of(),
				Set.of(), "atlantis", 2, null))).hasMessageContaining("pool.error.region");
		assertThat(pool.consultant(id, today(), today()).orElseThrow().version()).isNull();
	}

	@Test
	void countsAbsenceDaysInThePeriodOnceAndRemovesOnlyTheConsultantsOwnAbsence() {
		long id = consultant("pool.db.absent");
		long other = consultant("pool.db.other");
		pool.addAbsence(id, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 10), AbsenceKind.LEAVE, "ลาพักร้อน");
		var overlapping = pool.addAbsence(id, LocalDate.of(2031, 1, 8), LocalDate.of(2031, 1, 12),
				AbsenceKind.OTHER_COMMITMENT, "");
		assertThat(pool.consultant(id, LocalDate.of(2031, 1, 5), LocalDate.of(2031, 2, 1)).orElseThrow()
			.unavailableDays()).isEqualTo(8);
		assertThat(pool.removeAbsence(other, overlapping.id())).isFalse();
		assertThat(pool.removeAbsence(id, overlapping.id())).isTrue();
		assertThat(pool.consultant(id, LocalDate.of(2031, 1, 5), LocalDate.of(2031, 2, 1)).orElseThrow()
			.unavailableDays()).isEqualTo(6);
	}

	@Test
	void loadCountsOnlyOpenEngagementsOverlappingThePeriod() {
		long id = consultant("pool.db.load");
		long lead = consultant("pool.db.loadlead");
		var first = engagements.start(NONTHABURI, "ภาระงาน 1", LocalDate.of(2032, 1, 1), lead,
				new LinkedHashSet<>(List.of(lead, id)));
		var closed = engagements.start(PATHUM_THANI, "ภาระงาน 2", LocalDate.of(2032, 3, 1), lead,
				new LinkedHashSet<>(List.of(lead, id)));
		jdbc.sql("update eng_engagement set status = 'CLOSED' where id = ?").param(closed.id()).update();
		engagements.start(PATHUM_THANI, "ภาระงาน 3", LocalDate.of(2033, 1, 1), lead, Set.of(lead, id));

		assertThat(pool.consultant(id, LocalDate.of(2032, 6, 1), LocalDate.of(2032, 6, 1)).orElseThrow().load())
			.isEqualTo(1);
		assertThat(pool.consultants(LocalDate.of(2032, 6, 1), LocalDate.of(2032, 6, 1), first.id()).stream()
			.filter(c -> c.userId() == id).findFirst().orElseThrow().load()).isZero();
	}

	@Test
	void savingATeamRefusesAConsultantOverTheirCapWithTheNumbersAndKeepsTheOldTeam() {
		long busy = consultant("pool.db.busy");
		long seniorId = consultant("pool.db.senior");
		pool.saveProfile(seniorId, new ProfileUpdate(ConsultantRank.SENIOR_CONSULTANT, Set.of(), Set.of("GOV"),
				"central", 2, null));
		List<Long> others = List.of(consultant("pool.db.m1"), consultant("pool.db.m2"), consultant("pool.db.m3"));
		engagements.start(NONTHABURI, "งานเดิม ก", LocalDate.of(2034, 1, 1), seniorId, Set.of(seniorId, busy));
		engagements.start(new ProvinceCode("TH-32"), "งานเดิม ข", LocalDate.of(2034, 2, 1), busy, Set.of(busy));
		var target = engagements.start(PATHUM_THANI, "งานใหม่", LocalDate.of(2034, 3, 1), seniorId,
				Set.of(seniorId));
		StaffedEngagement staffed = proposals.engagement(target.id()).orElseThrow();

		List<Long> team = List.of(seniorId, busy, others.get(0), others.get(1));
		assertThatThrownBy(() -> proposals.saveTeam(staffed, staffed.version(), seniorId, team))
			.isInstanceOfSatisfying(TeamRefusedException.class, refused -> assertThat(refused.problems())
				.containsExactly(new TeamCheck.Problem(TeamCheck.Problem.Kind.OVER_CAP, busy, 3, 2)));
		assertThat(proposals.engagement(target.id()).orElseThrow().members()).hasSize(1);

		proposals.saveTeam(staffed, staffed.version(), seniorId, List.of(seniorId, others.get(0), others.get(1),
				others.get(2)));
		assertThat(proposals.engagement(target.id()).orElseThrow().members()).hasSize(4)
			.filteredOn(StaffedEngagement.Member::lead).extracting(StaffedEngagement.Member::userId)
			.containsExactly(seniorId);
		assertThatThrownBy(() -> proposals.saveTeam(staffed, staffed.version(), seniorId, List.of(seniorId,
				others.get(0), others.get(1), others.get(2)))).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void proposesAValidTeamCoveringTheNeedsFromThePool() {
		long seniorId = consultant("pool.db.propose.senior");
		pool.saveProfile(seniorId, new ProfileUpdate(ConsultantRank.SENIOR_CONSULTANT,
				Set.of(ExpertiseTag.PARTICIPATION), Set.of("LIV"), "central", 2, null));
		for (int i = 0; i < 4; i++) {
			consultant("pool.db.propose." + i);
		}
		var target = engagements.start(PATHUM_THANI, "งานเสนอทีม", LocalDate.of(2035, 1, 1), seniorId,
				Set.of(seniorId));
		StaffedEngagement staffed = proposals.engagement(target.id()).orElseThrow();
		Set<Need> needs = Set.of(Need.dimension("LIV"), Need.expertise(ExpertiseTag.PARTICIPATION));
		var proposal = proposals.propose(staffed, needs, 4);

		assertThat(proposal.choice().hasTeam()).isTrue();
		assertThat(proposal.choice().memberIds()).hasSize(4);
		assertThat(proposal.explanations()).filteredOn(e -> e.chosen()).hasSize(4);
		assertThat(proposal.explanations()).hasSize(proposal.pool().size());
		var members = proposal.pool().stream().filter(c -> proposal.choice().memberIds().contains(c.userId()))
			.toList();
		assertThat(members).anyMatch(ConsultantView::senior);
		assertThat(members).anyMatch(c -> c.dimensions().contains("LIV"));
		assertThat(members).allMatch(c -> c.load() < c.cap());
	}

	private long consultant(String username) {
		return TestUsers.ensure(identity, jdbc, username, Role.CONSULTANT);
	}

	private static LocalDate today() {
		return LocalDate.now();
	}
}
