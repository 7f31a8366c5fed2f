package org.smartcityplanner.dashboard.internal.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.dashboard.domain.Stage;
import org.smartcityplanner.dashboard.domain.StageRule;
import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewrites one province's rows of the national read model from what the modules' APIs say now: three calls
 * (engagements, target areas, the plan) and the register's entries. Called on the plan's events, on every change
 * of the register, at start-up for provinces the read model has not seen and by the periodic refresh; the rows
 * are replaced whole, so calling it twice does no harm.
 */
@Component
public class NationalSync {

	private final EngagementApi engagements;
	private final ProfileApi profile;
	private final PlanApi plans;
	private final ReferenceApi reference;
	private final NationalStore store;
	private final JdbcClient jdbc;
	private final Today today;

	NationalSync(EngagementApi engagements, ProfileApi profile, PlanApi plans, ReferenceApi reference,
			NationalStore store, JdbcClient jdbc, Today today) {
		this.engagements = engagements;
		this.profile = profile;
		this.plans = plans;
		this.reference = reference;
		this.store = store;
		this.jdbc = jdbc;
		this.today = today;
	}

	@Transactional
	public void refresh(ProvinceCode province) {
		LocalDate now = today.date();
		// an engagement the admin has not closed counts until the last day of its work period
		boolean engaged = engagements.engagementsOf(province).stream()
			.anyMatch(engagement -> engagement.open() && StageRule.open(engagement.endDate(), now));
		Optional<LoadedPlan> plan = plans.plan(province);
		PlanStatus status = plan.map(loaded -> loaded.header().status()).orElse(null);
		List<String> dimensions = plan.map(loaded -> covered(loaded)).orElse(List.of());
		Stage progress = StageRule.progress(engaged, status);
		Map<Long, LocalDate[]> certified = certificationsOf(province);
		List<NationalStore.AreaRow> areas = new ArrayList<>();
		for (TargetAreaView area : profile.areasOf(province)) {
			LocalDate[] dates = certified.getOrDefault(area.id(), new LocalDate[2]);
			Stage stage = StageRule.area(progress, dates[0], dates[1], now);
			areas.add(new NationalStore.AreaRow(area.id(), province, area.name(), stage, dates[0], dates[1]));
		}
		Stage stage = StageRule.province(progress, areas.stream().map(NationalStore.AreaRow::stage).toList());
		store.replace(new NationalStore.ProvinceRow(province, engaged, status, dimensions, stage), areas);
	}

	/** The smart dimensions the plan's goals belong to, in the reference list's order. */
	private List<String> covered(LoadedPlan plan) {
		Set<String> used = plan.document().goals().stream().map(Goal::dimension).collect(Collectors.toSet());
		return reference.items(ReferenceKind.SMART_DIMENSION).stream().map(ReferenceItem::code).filter(used::contains)
			.toList();
	}

	private Map<Long, LocalDate[]> certificationsOf(ProvinceCode province) {
		Map<Long, LocalDate[]> dates = new java.util.HashMap<>();
		jdbc.sql("select area_id, certified_on, renewed_on from dsh_certification where province_code = ?")
			.param(province.value())
			.query(rs -> {
				dates.put(rs.getLong("area_id"), new LocalDate[] { rs.getObject("certified_on", LocalDate.class),
						rs.getObject("renewed_on", LocalDate.class) });
			});
		return dates;
	}
}
