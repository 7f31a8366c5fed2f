package org.smartcityplanner.monitoring.domain.renewal;

/** Whether a dimension, or the whole plan, is ready for the renewal of the smart-city mark. */
public enum Verdict {
	/** Both shares reach their thresholds. */
	READY,
	/** A share misses its threshold, or one side has nothing to show. */
	NOT_READY,
	/** Neither KPIs nor projects: nothing to judge. */
	NO_DATA
}
