package org.smartcityplanner.participation.domain.portal;

/**
 * Small-cell suppression for figures shown to the public: a cell counting fewer than {@link #THRESHOLD} people
 * could point at someone in a small village, so it is hidden (and said to be hidden) rather than shown. A zero
 * reveals nobody and stays visible.
 */
public final class SmallCells {

	/** The smallest count shown. */
	public static final int THRESHOLD = 5;

	private SmallCells() {
	}

	/** Whether a cell with this count must be hidden. */
	public static boolean hides(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/** Whether a figure computed over this many answers (a mean, a median) may be shown. */
	public static boolean showsSummaryOver(long answered) {
		return answered >= THRESHOLD;
	}
}
