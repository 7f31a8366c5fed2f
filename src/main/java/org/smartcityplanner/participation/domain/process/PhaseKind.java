package org.smartcityplanner.participation.domain.process;

/**
 * The four phases of a province's participation process, in the order the engagement runs them. Messages:
 * {@code participation.phase.<NAME>}.
 */
public enum PhaseKind {
	/** Listen: what the province's people see as its problems and strengths. */
	LISTEN,
	/** Ideas: what they propose. */
	IDEAS,
	/** Prioritise: which proposals matter most. */
	PRIORITISE,
	/** Validate the draft plan. */
	VALIDATE
}
