package org.smartcityplanner.dashboard.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Counts certified areas and provinces against the programme's targets. A target of fiscal year Y is met by the
 * areas certified on or before the last day of Y (30 September); a province counts once it has one certified area.
 */
public final class TargetCount {

	private TargetCount() {
	}

	/**
	 * A certified area as the count sees it.
	 *
	 * @param province its province
	 * @param certifiedOn the day it was first certified
	 */
	public record Certified(ProvinceCode province, LocalDate certifiedOn) {
	}

	/**
	 * A target next to what was reached by its deadline.
	 *
	 * @param target the target
	 * @param areas areas certified by the end of the target's year
	 * @param provinces provinces with a certified area by then
	 * @param met whether both the areas and (when the target names them) the provinces were reached
	 */
	public record Progress(ProgrammeTarget target, int areas, int provinces, boolean met) {
	}

	/** One progress line per target, in the targets' order. */
	public static List<Progress> against(List<ProgrammeTarget> targets, Collection<Certified> certified) {
		return targets.stream().map(target -> progress(target, certified)).toList();
	}

	private static Progress progress(ProgrammeTarget target, Collection<Certified> certified) {
		LocalDate deadline = target.year().end();
		List<Certified> byThen = certified.stream().filter(area -> !area.certifiedOn().isAfter(deadline)).toList();
		int provinces = (int) byThen.stream().map(Certified::province).distinct().count();
		boolean met = byThen.size() >= target.areas() && (target.provinces() == null || provinces >= target.provinces());
		return new Progress(target, byThen.size(), provinces, met);
	}
}
