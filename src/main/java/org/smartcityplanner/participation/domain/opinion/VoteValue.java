package org.smartcityplanner.participation.domain.opinion;

import java.util.Locale;
import java.util.Optional;

/** A participant's answer to a statement, with its value in the vote matrix (Pol.is: agree 1, disagree −1). */
public enum VoteValue {

	AGREE(1), DISAGREE(-1), PASS(0);

	private final int weight;

	VoteValue(int weight) {
		this.weight = weight;
	}

	/** The value in the participant × statement matrix; a pass counts as 0, like an unseen statement. */
	public int weight() {
		return weight;
	}

	/** The vote a form or a client sent ({@code agree}, {@code disagree}, {@code pass}, any case), if it is one. */
	public static Optional<VoteValue> parse(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		for (VoteValue value : values()) {
			if (value.name().equals(raw.trim().toUpperCase(Locale.ROOT))) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}
}
