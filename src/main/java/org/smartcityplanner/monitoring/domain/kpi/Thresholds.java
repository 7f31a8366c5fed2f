package org.smartcityplanner.monitoring.domain.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.smartcityplanner.monitoring.KpiStatus;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * A plan's status thresholds, as a share of the year's target reached: at least {@code onTrack} % is on track, at
 * least {@code atRisk} % at risk, below that off track. For a lower-is-better KPI the share reached is target ÷
 * actual (a PM2.5 target of 30 with an actual of 40 reaches 75 %); for higher-is-better it is actual ÷ target.
 *
 * @param onTrack percent of the target that counts as on track, 1–100
 * @param atRisk percent that counts as at risk, 0 to below {@code onTrack}
 */
public record Thresholds(int onTrack, int atRisk) {

	/** 95 % on track, 80 % at risk, unless the plan sets its own. */
	public static final Thresholds DEFAULT = new Thresholds(95, 80);

	public Thresholds {
		if (onTrack < 1 || onTrack > 100) {
			throw new InvalidInputException("monitoring.kpi.rule.thresholds.onTrack");
		}
		if (atRisk < 0 || atRisk >= onTrack) {
			throw new InvalidInputException("monitoring.kpi.rule.thresholds.atRisk");
		}
	}

	/** The status of {@code actual} against {@code target}. */
	public KpiStatus statusOf(BigDecimal actual, BigDecimal target, Direction direction) {
		BigDecimal reached = percentReached(actual, target, direction);
		if (reached.compareTo(BigDecimal.valueOf(onTrack)) >= 0) {
			return KpiStatus.ON_TRACK;
		}
		return reached.compareTo(BigDecimal.valueOf(atRisk)) >= 0 ? KpiStatus.AT_RISK : KpiStatus.OFF_TRACK;
	}

	/**
	 * Whether the owner must explain the value: it misses the year's target by more than the on-track threshold
	 * allows, i.e. it is not on track.
	 */
	public boolean needsNote(BigDecimal actual, BigDecimal target, Direction direction) {
		return target != null && statusOf(actual, target, direction) != KpiStatus.ON_TRACK;
	}

	/**
	 * Percent of the target reached, capped nowhere (120 % is fine). A zero target or actual is decided by which
	 * side of it the other lies, so no division by zero happens.
	 */
	static BigDecimal percentReached(BigDecimal actual, BigDecimal target, Direction direction) {
		BigDecimal numerator = direction == Direction.HIGHER_IS_BETTER ? actual : target;
		BigDecimal denominator = direction == Direction.HIGHER_IS_BETTER ? target : actual;
		if (denominator.signum() == 0) {
			// higher: target 0 is met by any actual ≥ 0; lower: actual 0 meets any target ≥ 0
			return numerator.signum() >= 0 ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
		}
		return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 4, RoundingMode.HALF_UP);
	}
}
