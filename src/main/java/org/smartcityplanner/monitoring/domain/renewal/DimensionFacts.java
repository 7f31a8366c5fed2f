package org.smartcityplanner.monitoring.domain.renewal;

/**
 * What one smart dimension has to show.
 *
 * @param dimension the smart dimension code, e.g. {@code ENV}
 * @param kpis KPIs of the dimension's goals and projects
 * @param kpisOnTrack of which on track (approved value meets the year's target)
 * @param projects projects of the adopted action plan in the dimension
 * @param projectsOnSchedule of which on schedule or completed by their latest report
 */
public record DimensionFacts(String dimension, int kpis, int kpisOnTrack, int projects, int projectsOnSchedule) {

	public DimensionFacts {
		if (kpisOnTrack < 0 || kpisOnTrack > kpis || projectsOnSchedule < 0 || projectsOnSchedule > projects) {
			throw new IllegalArgumentException("Counts out of range for " + dimension);
		}
	}
}
