package org.smartcityplanner.training;

/** The two knowledge tests of a cohort: before the first session and after the last. */
public enum TestKind {
	PRE, POST
}
