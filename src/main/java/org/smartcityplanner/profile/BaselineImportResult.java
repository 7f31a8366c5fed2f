package org.smartcityplanner.profile;

/**
 * What confirming a baseline import saved.
 *
 * @param inserted baselines added
 * @param updated saved baselines that got new values
 * @param skipped rows with errors that were left out
 * @param alreadyConfirmed {@code true} when the import had been confirmed before and this confirmation saved
 *        nothing (a double submit); the counts are then those of the first confirmation
 */
public record BaselineImportResult(int inserted, int updated, int skipped, boolean alreadyConfirmed) {
}
