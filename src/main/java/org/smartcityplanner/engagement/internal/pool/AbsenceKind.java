package org.smartcityplanner.engagement.internal.pool;

/** Why a consultant is away; labels {@code pool.absence.<NAME>}. */
public enum AbsenceKind {
	LEAVE, OTHER_COMMITMENT
}
