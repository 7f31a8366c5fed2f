package org.smartcityplanner.participation.internal.eligibility;

import java.time.Instant;

/**
 * A batch of participation codes as the process page and the API list it: counts only, never the codes (only
 * their hashes are kept).
 *
 * @param id the batch's id
 * @param label what the codes are for (a meeting, a place, a date)
 * @param codes how many codes it has
 * @param used how many of them were redeemed
 * @param createdAt when it was made
 * @param createdBy who made it
 * @param withdrawn how many of its codes were withdrawn unused (its sheet was lost)
 * @param withdrawnAt when the batch was withdrawn, or {@code null}
 * @param withdrawnBy who withdrew it, or {@code null}
 */
public record CodeBatch(long id, String label, int codes, int used, Instant createdAt, String createdBy,
		int withdrawn, Instant withdrawnAt, String withdrawnBy) {

	/** Codes that still work: neither redeemed nor withdrawn. */
	public int unused() {
		return codes - used - withdrawn;
	}

	public boolean isWithdrawn() {
		return withdrawnAt != null;
	}
}
