package org.smartcityplanner.monitoring.domain.kpi;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * The period's guard: it opens once from planned, locks once from open, and nothing about its values changes
 * unless it is open. A locked period never reopens, so what was approved for a past quarter stays as it was.
 */
public final class PeriodRules {

	private PeriodRules() {
	}

	/** @throws InvalidInputException unless the period is planned */
	public static PeriodState open(PeriodState now) {
		if (now != PeriodState.PLANNED) {
			throw new InvalidInputException("monitoring.period.rule.cannotOpen." + now.name());
		}
		return PeriodState.OPEN;
	}

	/** @throws InvalidInputException unless the period is open */
	public static PeriodState lock(PeriodState now) {
		if (now != PeriodState.OPEN) {
			throw new InvalidInputException("monitoring.period.rule.cannotLock." + now.name());
		}
		return PeriodState.LOCKED;
	}

	/** @throws InvalidInputException unless values of the period may change (submitted, approved, returned) */
	public static void requireOpen(PeriodState now) {
		if (now != PeriodState.OPEN) {
			throw new InvalidInputException("monitoring.period.rule.notOpen." + now.name());
		}
	}
}
