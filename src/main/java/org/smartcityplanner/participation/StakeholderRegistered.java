package org.smartcityplanner.participation;

/**
 * The personal link made for a new stakeholder: give it to them once (it is not stored, only its hash).
 *
 * @param stakeholder the stakeholder
 * @param linkSecret  the secret of their link {@code /my-data/{secret}}
 */
public record StakeholderRegistered(Stakeholder stakeholder, String linkSecret) {
}
