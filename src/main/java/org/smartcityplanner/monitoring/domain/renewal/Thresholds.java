package org.smartcityplanner.monitoring.domain.renewal;

import org.smartcityplanner.shared.InvalidInputException;

/**
 * The shares a dimension must reach to count as ready for renewal. Reference data an admin edits; marked "to
 * confirm" until the programme publishes its own figures.
 *
 * @param kpisOnTrackPercent least share of KPIs on track, 0–100
 * @param projectsOnSchedulePercent least share of projects on schedule (or completed), 0–100
 * @param toConfirm whether the figures still wait for the programme's confirmation
 */
public record Thresholds(int kpisOnTrackPercent, int projectsOnSchedulePercent, boolean toConfirm) {

	/** The working defaults until confirmed: 60 % and 60 %. */
	public static final Thresholds DEFAULTS = new Thresholds(60, 60, true);

	public Thresholds {
		if (kpisOnTrackPercent < 0 || kpisOnTrackPercent > 100) {
			throw new InvalidInputException("monitoring.renewal.threshold.range", "kpisOnTrackPercent",
					String.valueOf(kpisOnTrackPercent));
		}
		if (projectsOnSchedulePercent < 0 || projectsOnSchedulePercent > 100) {
			throw new InvalidInputException("monitoring.renewal.threshold.range", "projectsOnSchedulePercent",
					String.valueOf(projectsOnSchedulePercent));
		}
	}
}
