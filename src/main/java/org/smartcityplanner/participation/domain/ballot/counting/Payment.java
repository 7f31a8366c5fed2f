package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one voter paid from their equal share for one chosen project.
 *
 * @param candidateId the project
 * @param amount what the voter paid, in the budget's unit, rounded to two decimals (half-even)
 */
public record Payment(String candidateId, BigDecimal amount) {

	public Payment {
		Objects.requireNonNull(candidateId, "candidateId");
		Objects.requireNonNull(amount, "amount");
	}
}
