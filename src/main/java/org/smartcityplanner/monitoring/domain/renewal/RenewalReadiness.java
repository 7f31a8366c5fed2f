package org.smartcityplanner.monitoring.domain.renewal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The readiness of every dimension and the overall verdict: ready when every dimension that has something to
 * show is ready; a dimension with KPIs but no projects (or the reverse) is not ready, as it cannot show both.
 *
 * @param dimensions per dimension, in the order given
 * @param thresholds the thresholds applied
 * @param overall the verdict over all dimensions
 */
public record RenewalReadiness(List<DimensionReadiness> dimensions, Thresholds thresholds, Verdict overall) {

	public RenewalReadiness {
		dimensions = List.copyOf(dimensions);
	}

	/** Judges every dimension against the thresholds. */
	public static RenewalReadiness assess(List<DimensionFacts> facts, Thresholds thresholds) {
		List<DimensionReadiness> judged = facts.stream().map(dimension -> judge(dimension, thresholds)).toList();
		Verdict overall;
		if (judged.stream().allMatch(d -> d.verdict() == Verdict.NO_DATA)) {
			overall = Verdict.NO_DATA;
		}
		else if (judged.stream().anyMatch(d -> d.verdict() == Verdict.NOT_READY)) {
			overall = Verdict.NOT_READY;
		}
		else {
			overall = Verdict.READY;
		}
		return new RenewalReadiness(judged, thresholds, overall);
	}

	private static DimensionReadiness judge(DimensionFacts facts, Thresholds thresholds) {
		BigDecimal kpiShare = share(facts.kpisOnTrack(), facts.kpis());
		BigDecimal projectShare = share(facts.projectsOnSchedule(), facts.projects());
		Verdict verdict;
		if (facts.kpis() == 0 && facts.projects() == 0) {
			verdict = Verdict.NO_DATA;
		}
		else if (facts.kpis() == 0 || facts.projects() == 0) {
			verdict = Verdict.NOT_READY;
		}
		else {
			// compared in whole numbers, so 3 of 5 reaches 60 % exactly, without rounding
			boolean kpisMet = facts.kpisOnTrack() * 100L >= (long) thresholds.kpisOnTrackPercent() * facts.kpis();
			boolean projectsMet = facts.projectsOnSchedule() * 100L
					>= (long) thresholds.projectsOnSchedulePercent() * facts.projects();
			verdict = kpisMet && projectsMet ? Verdict.READY : Verdict.NOT_READY;
		}
		return new DimensionReadiness(facts, kpiShare, projectShare, verdict);
	}

	private static BigDecimal share(int part, int whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
