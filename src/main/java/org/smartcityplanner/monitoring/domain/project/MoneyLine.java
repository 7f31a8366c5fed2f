package org.smartcityplanner.monitoring.domain.project;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Money of one fiscal year and budget source, as reported to date (cumulative, not the quarter's own amounts: the
 * latest report is the project's current state).
 *
 * @param year the fiscal year of the allocation
 * @param source the budget source code
 * @param committed money committed (contracts signed, purchase orders)
 * @param disbursed money paid out
 */
public record MoneyLine(FiscalYear year, String source, Baht committed, Baht disbursed) {

	public MoneyLine {
		committed = committed == null ? Baht.ZERO : committed;
		disbursed = disbursed == null ? Baht.ZERO : disbursed;
	}
}
