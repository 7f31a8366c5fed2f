package org.smartcityplanner.actionplan.internal;

import java.util.function.Predicate;

import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * What a run request may change, checked before anything is saved: every what-if envelope belongs to a known
 * source and a fiscal year of the run's period and has a sensible amount, and every mandatory flag is true or
 * false. Input that would be ignored is refused naming the field. (Years and run numbers go into messages as text:
 * a number argument would print as "2,571".)
 */
final class RunRequestCheck {

	private RunRequestCheck() {
	}

	static void envelopes(RunRequest request, int firstYear, int lastYear, Predicate<String> sourceExists) {
		request.envelopes().forEach((source, years) -> {
			if (!sourceExists.test(source)) {
				throw new InvalidInputException("actionplan.envelope.unknownSource", source, "envelopes." + source);
			}
			if (years == null) {
				throw new InvalidInputException("actionplan.envelope.noYears", "envelopes." + source);
			}
			years.forEach((year, amount) -> {
				String field = "envelopes." + source + "." + year;
				if (year == null || year < firstYear || year > lastYear) {
					throw new InvalidInputException("actionplan.envelope.yearOutsidePeriod", field,
							String.valueOf(firstYear), String.valueOf(lastYear));
				}
				if (amount == null) {
					throw new InvalidInputException("actionplan.envelope.missing", field);
				}
				if (amount.isNegative()) {
					throw new InvalidInputException("actionplan.envelope.negative", source, String.valueOf(year));
				}
				if (amount.compareTo(BudgetSheet.ABSURD) > 0) {
					throw new InvalidInputException("actionplan.envelope.absurd", source, String.valueOf(year),
							BudgetSheet.ABSURD);
				}
			});
		});
	}

	static void mandatoryFlags(RunRequest request) {
		request.mandatory().forEach((projectId, flag) -> {
			if (flag == null) {
				throw new InvalidInputException("actionplan.mandatory.missing", "mandatory." + projectId);
			}
		});
	}
}
