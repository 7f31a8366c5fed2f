package org.smartcityplanner.reference;

import org.smartcityplanner.shared.LocalizedText;

/**
 * One entry of the indicator library: an example KPI a province can adopt for a smart dimension, e.g. the
 * ISO 37120 PM2.5 concentration.
 *
 * @param code stable code, e.g. {@code IND-ENV-01}
 * @param sortOrder position in the library
 * @param dimension code of the smart dimension it measures, e.g. {@code ENV}
 * @param name Thai and English name
 * @param unit Thai and English unit of measure
 * @param direction which way is better
 * @param framework the standard it comes from: {@code ISO37120}, {@code ISO37122}, {@code U4SSC} or
 *        {@code COMMITTEE} (the Smart City committee's examples)
 * @param ref the clause or KPI number in that standard; empty where still to be confirmed
 * @param definition Thai and English definition (how it is computed)
 * @param confirmed {@code false} where the fact is still to be confirmed against an official source
 * @param note why it is unconfirmed, or other remarks; may be empty
 */
public record Indicator(String code, int sortOrder, String dimension, LocalizedText name, LocalizedText unit,
		Direction direction, String framework, String ref, LocalizedText definition, boolean confirmed,
		String note) {

	/** Which way an indicator should move for the city to be doing better. */
	public enum Direction {

		/** Higher is better. */
		UP,
		/** Lower is better. */
		DOWN,
		/** Closest to a target value is better. */
		TARGET
	}
}
