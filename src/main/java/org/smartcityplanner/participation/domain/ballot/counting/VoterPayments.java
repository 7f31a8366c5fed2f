package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.List;

/**
 * Each voter's payments under the Method of Equal Shares, stored compactly: per chosen project its share ρ and only
 * the few supporters who paid less than ρ, never a map per voter per project.
 */
public interface VoterPayments {

	/** No payments (greedy counting). */
	VoterPayments NONE = voterId -> List.of();

	/**
	 * @param voterId a voter
	 * @return what the voter paid, in order of selection
	 */
	List<Payment> of(String voterId);
}
