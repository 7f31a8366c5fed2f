package org.smartcityplanner.plan.model.diff;

/**
 * How an item differs between two versions of a plan.
 */
public enum ChangeType {

	/** Only in the newer version. */
	ADDED,

	/** Only in the older version. */
	REMOVED,

	/** In both, with at least one field changed. */
	CHANGED
}
