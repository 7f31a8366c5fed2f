package org.smartcityplanner.participation.domain.opinion;

/** Whether participants see a statement: staff's are shown at once, citizens' wait for a moderator. */
public enum StatementStatus {
	PENDING, SHOWN, REJECTED
}
