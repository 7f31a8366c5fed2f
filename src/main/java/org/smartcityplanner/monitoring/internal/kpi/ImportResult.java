package org.smartcityplanner.monitoring.internal.kpi;

import java.util.List;

import org.smartcityplanner.monitoring.domain.kpi.RowError;

/**
 * What an uploaded KPI file did: either every row was saved, or none was and the errors say why.
 *
 * @param saved how many values were submitted
 * @param errors the refused rows' errors, empty when all were saved
 */
public record ImportResult(int saved, List<RowError> errors) {

	public ImportResult {
		errors = List.copyOf(errors);
	}

	public boolean refused() {
		return !errors.isEmpty();
	}
}
