package org.smartcityplanner.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The ideas tests' provinces: TH-91 (Satun) runs its ideas phase today with the ideas tool open and has one target
 * area; TH-80 (Nakhon Si Thammarat) runs a listening phase that opens surveys only, so it takes no ideas. Set up
 * once per database, whichever test comes first.
 */
public final class IdeaFixtures {

	public static final ProvinceCode OPEN = new ProvinceCode("TH-91");
	public static final ProvinceCode CLOSED = new ProvinceCode("TH-80");

	private IdeaFixtures() {
	}

	/** Opens the ideas tool in TH-91 today; returns the id of its target area. */
	public static long open(ProcessUseCases process, ProfileUseCases profile) {
		if (!process.process(OPEN).defined()) {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
			process.save(OPEN, 0, List.of(new Phase(PhaseKind.LISTEN, null, null, Set.of()),
					new Phase(PhaseKind.IDEAS, today.minusDays(3), today.plusDays(30), Set.of(IdeaApi.TOOL)),
					new Phase(PhaseKind.PRIORITISE, null, null, Set.of()),
					new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
		}
		List<TargetAreaView> areas = profile.areasOf(OPEN);
		return areas.isEmpty() ? profile.addArea(OPEN, new LocalizedText("เทศบาลเมืองสตูล", "Satun town"),
				AreaType.OLD_TOWN, 22000, null).id() : areas.get(0).id();
	}

	/** A process in TH-80 whose running phase opens surveys only. */
	public static void closed(ProcessUseCases process) {
		if (!process.process(CLOSED).defined()) {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
			process.save(CLOSED, 0, List.of(new Phase(PhaseKind.LISTEN, today.minusDays(3), today.plusDays(30),
					Set.of("surveys")), new Phase(PhaseKind.IDEAS, null, null, Set.of()),
					new Phase(PhaseKind.PRIORITISE, null, null, Set.of()),
					new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
		}
	}

	/** A fresh idempotency key. */
	public static String key() {
		return UUID.randomUUID().toString().replace("-", "");
	}
}
