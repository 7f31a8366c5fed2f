package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * A run request as clients send it. Every field may be left out: the defaults are documented here. What cannot be
 * used is refused naming the field (a fractional time limit, an envelope without an amount), never truncated or
 * skipped.
 *
 * @param label a name to find the run again (default empty)
 * @param timeLimitSeconds whole seconds, 1–60 (default 10)
 * @param seed the random seed, kept with the run (default 0)
 * @param basedOn the run whose inputs a what-if starts from, or null for the current data
 * @param envelopes what-if envelopes: source code to fiscal year to baht (at most two decimals)
 * @param mandatory what-if mandatory flags by project id
 * @param weights what-if criterion weights (replace all weights when not empty)
 */
record RunRequestBody(
		@Schema(description = "A name to find the run again", defaultValue = "") String label,
		@Schema(description = "Whole seconds, 1–60", defaultValue = "10", minimum = "1", maximum = "60",
				type = "integer") BigDecimal timeLimitSeconds,
		@Schema(description = "Random seed, kept with the run so it can be repeated", defaultValue = "0") Long seed,
		@Schema(description = "The run a what-if starts from; leave out for the current data") Long basedOn,
		@Schema(description = "What-if envelopes: source code → fiscal year (B.E.) → baht") Map<String, Map<Integer, BigDecimal>> envelopes,
		@Schema(description = "What-if mandatory flags by project id") Map<String, Boolean> mandatory,
		@Schema(description = "What-if criterion weights") Map<Criterion, BigDecimal> weights) {

	static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

	RunRequest toRequest(int maxTimeLimitSeconds) {
		return new RunRequest(label, wholeSeconds(maxTimeLimitSeconds), seed == null ? 0 : seed, basedOn, amounts(),
				flags(), weights);
	}

	private int wholeSeconds(int max) {
		if (timeLimitSeconds == null) {
			return DEFAULT_TIME_LIMIT_SECONDS;
		}
		if (timeLimitSeconds.stripTrailingZeros().scale() > 0 || timeLimitSeconds.compareTo(BigDecimal.ONE) < 0
				|| timeLimitSeconds.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new InvalidInputException("actionplan.run.timeLimitWhole", max, timeLimitSeconds.toPlainString());
		}
		return timeLimitSeconds.intValueExact();
	}

	private Map<String, Map<Integer, Baht>> amounts() {
		Map<String, Map<Integer, Baht>> result = new LinkedHashMap<>();
		if (envelopes == null) {
			return result;
		}
		envelopes.forEach((source, years) -> {
			if (years == null) {
				throw new InvalidInputException("actionplan.envelope.noYears", "envelopes." + source);
			}
			Map<Integer, Baht> amounts = new LinkedHashMap<>();
			years.forEach((year, amount) -> {
				String field = "envelopes." + source + "." + year;
				if (amount == null) {
					throw new InvalidInputException("actionplan.envelope.missing", field);
				}
				amounts.put(year, Baht.checked(amount, field));
			});
			result.put(source, Collections.unmodifiableMap(amounts));
		});
		return result;
	}

	private Map<String, Boolean> flags() {
		if (mandatory == null) {
			return Map.of();
		}
		mandatory.forEach((id, flag) -> {
			if (flag == null) {
				throw new InvalidInputException("actionplan.mandatory.missing", "mandatory." + id);
			}
		});
		return mandatory;
	}
}
