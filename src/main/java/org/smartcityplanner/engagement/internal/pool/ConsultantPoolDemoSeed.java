package org.smartcityplanner.engagement.internal.pool;

import static org.smartcityplanner.engagement.domain.matching.ConsultantRank.CONSULTANT;
import static org.smartcityplanner.engagement.domain.matching.ConsultantRank.SENIOR_CONSULTANT;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.DIGITAL_DATA;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.ECONOMY_INVESTMENT;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.ENERGY;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.ENVIRONMENT;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.GOVERNANCE;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.MOBILITY;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.PARTICIPATION;
import static org.smartcityplanner.engagement.domain.matching.ExpertiseTag.URBAN_PLANNING;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.UserSummary;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The fictional pool of 21 consultants (accounts {@code consultant}..{@code consultant21}, created by the identity
 * seed): seven senior consultants, expertise and dimensions spread over the nine fields and seven dimensions, home
 * regions across the country, and some leave and other commitments during the demo engagement.
 */
@Component
@Profile("!prod")
class ConsultantPoolDemoSeed implements DemoSeed {

	private static final List<Entry> POOL = List.of(
			new Entry("consultant", SENIOR_CONSULTANT, Set.of(URBAN_PLANNING, GOVERNANCE), Set.of("GOV", "LIV"), "north"),
			new Entry("consultant2", CONSULTANT, Set.of(PARTICIPATION, ExpertiseTag.TRAINING), Set.of("PEO"), "north"),
			new Entry("consultant3", CONSULTANT, Set.of(DIGITAL_DATA), Set.of("GOV", "ECO"), "central"),
			new Entry("consultant4", CONSULTANT, Set.of(ENVIRONMENT, ENERGY), Set.of("ENV", "ENE"), "central"),
			new Entry("consultant5", SENIOR_CONSULTANT, Set.of(MOBILITY, URBAN_PLANNING), Set.of("MOB", "LIV"), "central"),
			new Entry("consultant6", SENIOR_CONSULTANT, Set.of(ECONOMY_INVESTMENT), Set.of("ECO"), "east"),
			new Entry("consultant7", CONSULTANT, Set.of(ENERGY), Set.of("ENE"), "northeast"),
			new Entry("consultant8", CONSULTANT, Set.of(PARTICIPATION), Set.of("PEO", "LIV"), "northeast"),
			new Entry("consultant9", SENIOR_CONSULTANT, Set.of(DIGITAL_DATA, GOVERNANCE), Set.of("GOV"), "central"),
			new Entry("consultant10", CONSULTANT, Set.of(ENVIRONMENT), Set.of("ENV"), "south"),
			new Entry("consultant11", CONSULTANT, Set.of(MOBILITY), Set.of("MOB"), "north"),
			new Entry("consultant12", SENIOR_CONSULTANT, Set.of(ENVIRONMENT, PARTICIPATION), Set.of("ENV", "PEO"), "south"),
			new Entry("consultant13", CONSULTANT, Set.of(ECONOMY_INVESTMENT, DIGITAL_DATA), Set.of("ECO"), "central"),
			new Entry("consultant14", CONSULTANT, Set.of(ExpertiseTag.TRAINING), Set.of("PEO"), "west"),
			new Entry("consultant15", SENIOR_CONSULTANT, Set.of(ENERGY, ECONOMY_INVESTMENT), Set.of("ENE", "ECO"), "northeast"),
			new Entry("consultant16", CONSULTANT, Set.of(URBAN_PLANNING), Set.of("LIV"), "east"),
			new Entry("consultant17", CONSULTANT, Set.of(GOVERNANCE, ExpertiseTag.TRAINING), Set.of("GOV"), "west"),
			new Entry("consultant18", SENIOR_CONSULTANT, Set.of(MOBILITY, DIGITAL_DATA), Set.of("MOB", "GOV"), "north"),
			new Entry("consultant19", CONSULTANT, Set.of(PARTICIPATION, URBAN_PLANNING), Set.of("LIV"), "south"),
			new Entry("consultant20", CONSULTANT, Set.of(ENVIRONMENT, MOBILITY), Set.of("ENV", "MOB"), "northeast"),
			new Entry("consultant21", CONSULTANT, Set.of(ECONOMY_INVESTMENT, GOVERNANCE), Set.of("ECO", "GOV"), "central"));

	private final ConsultantPool pool;
	private final IdentityApi identity;

	ConsultantPoolDemoSeed(ConsultantPool pool, IdentityApi identity) {
		this.pool = pool;
		this.identity = identity;
	}

	@Override
	public int order() {
		return ENGAGEMENT - 50; // after the accounts, before the engagement so its lead is already senior
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		LocalDate today = LocalDate.now();
		return pool.consultants(today, today).stream().anyMatch(consultant -> consultant.version() != null);
	}

	@Override
	public void seed(ProvinceCode province) {
		Map<String, Long> ids = identity.usersWithRole(Role.CONSULTANT).stream()
			.collect(Collectors.toMap(UserSummary::username, UserSummary::id, (first, second) -> first));
		for (Entry entry : POOL) {
			Long id = ids.get(entry.username());
			if (id != null) { // an older demo database may lack the accounts added later
				pool.saveProfile(id, new ProfileUpdate(entry.rank(), entry.tags(), entry.dimensions(), entry.region(),
						2, null));
			}
		}
		absence(ids.get("consultant3"), LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 8), AbsenceKind.LEAVE,
				"ลาพักผ่อนประจำปี");
		absence(ids.get("consultant7"), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30),
				AbsenceKind.OTHER_COMMITMENT, "โครงการศึกษาพลังงานชุมชน");
		absence(ids.get("consultant12"), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 22), AbsenceKind.LEAVE,
				"ลากิจ");
		absence(ids.get("consultant18"), LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 29),
				AbsenceKind.OTHER_COMMITMENT, "ผู้เชี่ยวชาญโครงการระบบขนส่งจังหวัด");
	}

	private void absence(Long userId, LocalDate from, LocalDate to, AbsenceKind kind, String note) {
		if (userId != null) {
			pool.addAbsence(userId, from, to, kind, note);
		}
	}

	private record Entry(String username, ConsultantRank rank, Set<ExpertiseTag> tags, Set<String> dimensions,
			String region) {
	}
}
