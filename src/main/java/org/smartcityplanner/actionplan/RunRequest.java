package org.smartcityplanner.actionplan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.shared.Baht;

/**
 * A request to run the optimiser: on the province's current data, or (what-if) on an earlier run's inputs with
 * some changes.
 *
 * @param label a name to find the run again
 * @param timeLimitSeconds the solver's time limit (1–60 s)
 * @param seed the random seed, kept with the run so it can be repeated
 * @param basedOn the run whose inputs to start from, or {@code null} for the current data
 * @param envelopes changed envelopes: source code to fiscal year (B.E.) to amount
 * @param mandatory changed mandatory flags by project id
 * @param weights changed criterion weights (replace all weights when not empty)
 */
public record RunRequest(String label, int timeLimitSeconds, long seed, Long basedOn,
		Map<String, Map<Integer, Baht>> envelopes, Map<String, Boolean> mandatory, Map<Criterion, BigDecimal> weights) {

	/** The longest time limit a user may ask for, in seconds. */
	public static final int MAX_TIME_LIMIT_SECONDS = 60;

	public RunRequest {
		label = label == null ? "" : label.strip();
		// unmodifiable copies that keep a null entry, so the service refuses it naming the field instead of failing here
		envelopes = envelopes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(envelopes));
		mandatory = mandatory == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mandatory));
		weights = weights == null ? Map.of() : Map.copyOf(weights);
	}

	/** A run on the current data. */
	public static RunRequest current(String label, int timeLimitSeconds, long seed) {
		return new RunRequest(label, timeLimitSeconds, seed, null, Map.of(), Map.of(), Map.of());
	}
}
