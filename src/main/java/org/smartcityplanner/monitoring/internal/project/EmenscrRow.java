package org.smartcityplanner.monitoring.internal.project;

import java.util.List;

/**
 * One row of the eMENSCR export: a project in one fiscal year from one budget source. The column order and
 * headings are {@link EmenscrExport#HEADINGS}; see {@code docs/emenscr-mapping.md} for what each column assumes.
 *
 * @param cells text cells in heading order; money and percentages as plain numbers
 */
public record EmenscrRow(List<String> cells) {

	public EmenscrRow {
		cells = List.copyOf(cells);
	}
}
