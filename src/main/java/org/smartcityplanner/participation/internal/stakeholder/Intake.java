package org.smartcityplanner.participation.internal.stakeholder;

import java.time.LocalDate;

/**
 * How a stakeholder came into the registry, and so whether staff still have to confirm them and how their consent
 * was collected.
 *
 * @param moderation {@code CONFIRMED}, or {@code PENDING} until staff confirm a self-registration
 * @param channel {@code STAFF} (typed by staff), {@code ONLINE} (the person on the public form, or an imported
 *        row whose consent was given online), {@code PAPER} (collected on a paper form)
 * @param collectedOn the day a paper consent was signed, else {@code null}
 * @param auditAction what the audit log calls it
 */
record Intake(String moderation, String channel, LocalDate collectedOn, String auditAction) {

	static final Intake BY_STAFF = new Intake("CONFIRMED", "STAFF", null, "registered");
	static final Intake SELF = new Intake("PENDING", "ONLINE", null, "signed-up");

	static Intake imported(String channel, LocalDate collectedOn) {
		return new Intake("CONFIRMED", channel, collectedOn, "imported");
	}
}
