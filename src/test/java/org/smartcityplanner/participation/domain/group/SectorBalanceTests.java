package org.smartcityplanner.participation.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Sector;

class SectorBalanceTests {

	@Test
	void aSectorWithoutMembersIsMissingEvenWithATargetOfZero() {
		List<SectorBalance.Line> lines = SectorBalance.of(Map.of(Sector.PRIVATE, 2), Map.of());
		assertThat(SectorBalance.missing(lines)).containsExactly(Sector.CENTRAL_AGENCY,
				Sector.PROVINCIAL_ADMINISTRATION, Sector.LOCAL_GOVERNMENT, Sector.CIVIL_SOCIETY, Sector.ACADEMIA);
		assertThat(lines).filteredOn(l -> l.sector() == Sector.PRIVATE).singleElement()
			.satisfies(l -> assertThat(l.status()).isEqualTo(SectorBalance.Status.MET));
	}

	@Test
	void aSectorBelowItsTargetIsUnderAndAtItsTargetIsMet() {
		List<SectorBalance.Line> lines = SectorBalance.of(Map.of(Sector.ACADEMIA, 2, Sector.PRIVATE, 4),
				Map.of(Sector.ACADEMIA, 3, Sector.PRIVATE, 4));
		assertThat(SectorBalance.under(lines)).containsExactly(Sector.ACADEMIA);
		assertThat(lines.get(Sector.PRIVATE.ordinal()).status()).isEqualTo(SectorBalance.Status.MET);
	}

	@Test
	void sharesAreRoundedHalfUpAndComputedOnCurrentMembers() {
		// 1 of 8 = 12.5 % -> 13; 7 of 8 = 87.5 % -> 88 (checked by hand, not by the same formula)
		List<SectorBalance.Line> lines = SectorBalance.of(Map.of(Sector.ACADEMIA, 1, Sector.PRIVATE, 7), Map.of());
		assertThat(lines.get(Sector.ACADEMIA.ordinal()).percent()).isEqualTo(13);
		assertThat(lines.get(Sector.PRIVATE.ordinal()).percent()).isEqualTo(88);
		assertThat(SectorBalance.of(Map.of(), Map.of())).allSatisfy(l -> assertThat(l.percent()).isZero());
	}
}
