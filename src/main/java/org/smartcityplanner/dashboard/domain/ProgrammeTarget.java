package org.smartcityplanner.dashboard.domain;

import org.smartcityplanner.shared.FiscalYear;

/**
 * One of the programme's targets: so many certified areas (in so many provinces) by the end of a fiscal year.
 *
 * @param year the B.E. fiscal year the target is due by
 * @param areas certified areas (cities) the programme aims for
 * @param provinces provinces they should lie in, {@code null} when the target does not say
 * @param source where the figure comes from
 * @param toConfirm whether the figure still has to be confirmed by the institute
 * @param version for optimistic locking
 */
public record ProgrammeTarget(FiscalYear year, int areas, Integer provinces, String source, boolean toConfirm,
		int version) {
}
