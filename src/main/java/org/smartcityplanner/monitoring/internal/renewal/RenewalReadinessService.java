package org.smartcityplanner.monitoring.internal.renewal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.monitoring.domain.renewal.DimensionFacts;
import org.smartcityplanner.monitoring.domain.renewal.RenewalReadiness;
import org.smartcityplanner.monitoring.internal.project.ProjectProgress;
import org.smartcityplanner.monitoring.internal.project.ProjectProgressService;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A province's readiness for the renewal of the smart-city mark: the counts per smart dimension (in reference
 * order) from the KPI source and the action plan's project reports, judged against the current thresholds, and the
 * evidence behind them.
 */
@Service
public class RenewalReadinessService {

	private final KpiStatusSource kpis;
	private final ProjectProgressService projects;
	private final RenewalThresholdService thresholds;
	private final ReferenceApi reference;

	RenewalReadinessService(KpiStatusSource kpis, ProjectProgressService projects, RenewalThresholdService thresholds,
			ReferenceApi reference) {
		this.kpis = kpis;
		this.projects = projects;
		this.thresholds = thresholds;
		this.reference = reference;
	}

	/**
	 * The readiness and its evidence.
	 *
	 * @param readiness verdict per dimension and overall
	 * @param evidence approved KPI values, then project reports
	 */
	public record Assessment(RenewalReadiness readiness, List<Evidence> evidence) {
	}

	@Transactional(readOnly = true)
	public Assessment assess(ProvinceCode province) {
		List<KpiStanding> standings = kpis.standings(province);
		List<ProjectProgress> progress = projects.projects(province);
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (ReferenceItem dimension : reference.items(ReferenceKind.SMART_DIMENSION)) {
			counts.put(dimension.code(), new int[4]);
		}
		List<Evidence> evidence = new ArrayList<>();
		for (KpiStanding kpi : standings) {
			int[] c = counts.computeIfAbsent(kpi.dimension(), d -> new int[4]);
			c[0]++;
			if (kpi.state() == KpiStanding.KpiState.ON_TRACK) {
				c[1]++;
			}
			if (kpi.approvedValue() != null) {
				evidence.add(new Evidence(Evidence.Kind.KPI_VALUE, kpi.dimension(), kpi.name(), kpi.approvedPeriod(),
						kpi.approvedValue(), kpi.source(), null));
			}
		}
		for (ProjectProgress project : progress) {
			int[] c = counts.computeIfAbsent(project.dimension(), d -> new int[4]);
			c[2]++;
			if (project.status() != null && project.status().onSchedule()) {
				c[3]++;
			}
			if (project.latest() != null) {
				evidence.add(new Evidence(Evidence.Kind.PROJECT_REPORT, project.dimension(), project.name(),
						project.latest().report().period().code(), BigDecimal.valueOf(project.percentComplete()),
						project.status().name(), project.latest().reportedAt()));
			}
		}
		List<DimensionFacts> facts = new ArrayList<>();
		counts.forEach((dimension, c) -> facts.add(new DimensionFacts(dimension, c[0], c[1], c[2], c[3])));
		return new Assessment(RenewalReadiness.assess(facts, thresholds.current().thresholds()), evidence);
	}
}
