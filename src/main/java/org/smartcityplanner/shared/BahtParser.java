package org.smartcityplanner.shared;

import java.math.BigDecimal;

/**
 * The rules for baht typed as text, in one place (before, the action-plan forms, its API and the plan's project
 * form each had their own). Accepted, all of which one of those accepted before:
 * <ul>
 * <li>digits, optionally with thousands separators (comma, space or no-break space) between groups of three:
 * {@code 1234567}, {@code 1,234,567}, {@code 1 234 567};</li>
 * <li>up to two decimals after a point ({@code 12.5}, {@code 12.50}, {@code .5}); further zeros are harmless
 * ({@code 10.500}) but a fraction of a satang is refused, never rounded;</li>
 * <li>Thai digits ({@code ๑๒๓.๔๕}), a baht sign before or after ({@code ฿ 12,000}), a leading sign, spaces
 * around.</li>
 * </ul>
 * Refused with a reason: anything else ({@code abc}, {@code 1e3}, {@code 12,50} - which a European reader means
 * as 12.50 and which used to be read as 1,250), and amounts above {@link Baht#LARGEST_TYPED}.
 */
final class BahtParser {

	private BahtParser() {
	}

	/** See {@link Baht#parse}. */
	public static Baht parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String amount = NumberText.arabicDigits(text.strip());
		boolean negative = false;
		amount = withoutBahtSign(amount);
		if (amount.startsWith("-") || amount.startsWith("+")) {
			negative = amount.startsWith("-");
			amount = withoutBahtSign(amount.substring(1).strip());
		}
		BigDecimal value;
		try {
			// the digits, separators and point are read as every other number is; only the baht sign is money's own
			value = NumberText.decimal(amount);
		}
		catch (NumberText.NotANumberException notANumber) {
			throw new InvalidInputException(notANumber.problem() == NumberText.Problem.GROUPING ? "money.grouping"
					: "money.invalid", field, text);
		}
		if (value == null || amount.startsWith("-") || amount.startsWith("+") || amount.startsWith("\u2212")) {
			throw new InvalidInputException("money.invalid", field, text);
		}
		return checked(negative ? value.negate() : value, field, text);
	}

	static Baht checked(BigDecimal amount, String field, String text) {
		if (amount == null) {
			throw new InvalidInputException("money.invalid", field, text);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("money.tooManyDecimals", field, text);
		}
		if (amount.abs().compareTo(Baht.LARGEST_TYPED.toBigDecimal()) > 0) {
			throw new InvalidInputException("money.absurd", field, text);
		}
		return Baht.of(amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
	}

	private static String withoutBahtSign(String text) {
		String result = text;
		if (result.startsWith("฿")) {
			result = result.substring(1).strip();
		}
		if (result.endsWith("฿")) {
			result = result.substring(0, result.length() - 1).strip();
		}
		return result;
	}

}
