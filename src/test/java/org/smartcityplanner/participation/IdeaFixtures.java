package org.smartcityplanner.participation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcityplanner.participation.domain.idea.IdeaDraft;
import org.smartcityplanner.participation.domain.process.Phase;
import org.smartcityplanner.participation.domain.process.PhaseKind;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ideas tests' provinces: TH-91 (Satun) runs its ideas phase today with the ideas and surveys tools open and has
 * the target area {@link #AREA}; TH-80 (Nakhon Si Thammarat) runs a listening phase that opens surveys only, so it
 * takes no ideas. Set up once per database, whichever test comes first.
 */
public final class IdeaFixtures {

	public static final ProvinceCode OPEN = new ProvinceCode("TH-91");
	public static final ProvinceCode CLOSED = new ProvinceCode("TH-80");
	/** The target area of TH-91 the ideas tests propose for. */
	public static final String AREA = "เทศบาลเมืองสตูล";

	private IdeaFixtures() {
	}

	/** Opens the ideas tool in TH-91 today; returns the id of its target area. */
	public static long open(ProcessUseCases process, ProfileUseCases profile) {
		if (!process.process(OPEN).defined()) {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
			process.save(OPEN, 0, List.of(new Phase(PhaseKind.LISTEN, null, null, Set.of()),
					// surveys too: the participation-code tests answer surveys in the same province
					new Phase(PhaseKind.IDEAS, today.minusDays(3), today.plusDays(30), Set.of(IdeaApi.TOOL, "surveys")),
					new Phase(PhaseKind.PRIORITISE, null, null, Set.of()),
					new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
		}
		// other tests of the province (participation codes) add areas of their own: find this one by its name
		return profile.areasOf(OPEN).stream().filter(area -> AREA.equals(area.name().th())).map(TargetAreaView::id)
			.findFirst().orElseGet(() -> profile.addArea(OPEN, new LocalizedText(AREA, "Satun town"),
					AreaType.OLD_TOWN, 22000, null).id());
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

	/** Opens the ideas tool: the province's idea phase runs today. */
	public static void openIdeaPhase(ProcessUseCases process, ProvinceCode province) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		process.save(province, process.process(province).version(), List.of(
				new Phase(PhaseKind.LISTEN, null, null, Set.of()),
				new Phase(PhaseKind.IDEAS, today.minusDays(5), today.plusDays(5), Set.of(IdeaApi.TOOL)),
				new Phase(PhaseKind.PRIORITISE, null, null, Set.of()),
				new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
	}

	/** Opens ideas and surveys in the province today (tests of one province that take both share its process). */
	public static void openIdeasAndSurveys(ProcessUseCases process, ProvinceCode province) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		process.save(province, process.process(province).version(), List.of(
				new Phase(PhaseKind.LISTEN, null, null, Set.of()),
				new Phase(PhaseKind.IDEAS, today.minusDays(5), today.plusDays(5), Set.of(IdeaApi.TOOL, "surveys")),
				new Phase(PhaseKind.PRIORITISE, null, null, Set.of()),
				new Phase(PhaseKind.VALIDATE, null, null, Set.of())));
	}

	/** An idea proposed online, or typed from paper; {@code area} may be null (the whole province). */
	public static IdeaProposal propose(IdeaApi ideas, ProvinceCode province, String title, String dimension, Long area,
			boolean paper) {
		IdeaDraft draft = new IdeaDraft(title, "รายละเอียดของ" + title, dimension,
				area == null ? "" : String.valueOf(area), "", "");
		String key = UUID.randomUUID().toString();
		return paper ? ideas.proposePaper(province, draft, key)
				: ideas.propose(province, draft, key, "participant-" + UUID.randomUUID());
	}

	/** {@code count} supports by different participants. */
	public static void support(JdbcClient jdbc, long ideaId, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("insert into par_idea_support (idea_id, participant_key, created_at) values (?, ?, current_timestamp)")
				.params(ideaId, "supporter-" + UUID.randomUUID()).update();
		}
	}

	/** A plan item of the province an idea can become (a goal of a plan started for it when it has none). */
	public static PlanItemChoice planItem(PlanItemCatalogue catalogue, PlanUseCases plans, ProvinceCode province) {
		if (catalogue.items(province).isEmpty()) {
			if (plans.plan(province).isEmpty()) {
				plans.startPlan(province, "แผนทดสอบข้อเสนอ", PlanFixtures.PERIOD);
			}
			plans.addGoal(province, PlanFixtures.goal("ENV", "อากาศสะอาดทั่วเมือง"));
		}
		return catalogue.items(province).get(0);
	}
}
