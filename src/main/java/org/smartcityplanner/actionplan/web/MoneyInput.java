package org.smartcityplanner.actionplan.web;

import java.math.BigDecimal;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Reads an amount of baht typed in a form: thousands separators, spaces and Thai digits are accepted; more than
 * two decimals (fractions of a satang) are refused, never rounded.
 */
final class MoneyInput {

	private MoneyInput() {
	}

	/** The amount, or {@code null} for a blank field. */
	static Baht parse(String raw, String field) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		StringBuilder digits = new StringBuilder();
		for (char c : raw.strip().toCharArray()) {
			if (c >= '๐' && c <= '๙') {
				digits.append((char) ('0' + (c - '๐')));
			}
			else if (c != ',' && c != ' ' && c != '\u00a0' && c != '฿') {
				digits.append(c);
			}
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(digits.toString());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInputException("actionplan.money.invalid", field, raw);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("actionplan.money.tooManyDecimals", field, raw);
		}
		if (amount.abs().compareTo(new BigDecimal("90000000000000")) > 0) {
			throw new InvalidInputException("actionplan.money.absurd", field, raw);
		}
		return Baht.of(amount.setScale(2));
	}

	/** The amount as a form shows it: plain digits with two decimals, blank for none. */
	static String format(Baht amount) {
		return amount == null ? "" : amount.toBigDecimal().toPlainString();
	}
}
