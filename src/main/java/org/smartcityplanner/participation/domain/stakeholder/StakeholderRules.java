package org.smartcityplanner.participation.domain.stakeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.StakeholderType;
import org.smartcityplanner.participation.domain.group.Problem;
import org.smartcityplanner.participation.domain.group.TextRules;

/**
 * What a stakeholder needs: a name, a type, a sector, recorded consent and a retention of 1–120 months; a phone
 * (Thai, 9–10 digits) and an e-mail are optional but must be usable when given.
 */
public final class StakeholderRules {

	public static final int RETENTION_MAX_MONTHS = 120;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");

	private StakeholderRules() {
	}

	public static List<Problem> problemsOf(String name, String organisation, String type, String sector,
			String interest, String phone, String email, boolean consent, String retentionMonths) {
		List<Problem> problems = new ArrayList<>();
		TextRules.required(problems, "name", name, 200);
		TextRules.optional(problems, "organisation", organisation, 300);
		if (type(type).isEmpty()) {
			problems.add(Problem.of("type", "participation.field.type.required"));
		}
		if (Sector.parse(sector) == null) {
			problems.add(Problem.of("sector", "participation.field.sector.required"));
		}
		TextRules.optional(problems, "interest", interest, 1000);
		if (phone != null && !phone.isBlank() && phone(phone).isEmpty()) {
			problems.add(Problem.of("phone", "participation.field.phone.format"));
		}
		if (email != null && !email.isBlank() && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
			problems.add(Problem.of("email", "participation.field.email.format"));
		}
		if (retention(retentionMonths).isEmpty()) {
			problems.add(Problem.of("retentionMonths", "participation.field.retentionMonths.range", RETENTION_MAX_MONTHS));
		}
		if (!consent) {
			problems.add(Problem.of("consent", "participation.field.consent.required"));
		}
		return problems;
	}

	/** The type named by its code. */
	public static Optional<StakeholderType> type(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (StakeholderType type : StakeholderType.values()) {
			if (type.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** A Thai phone number as digits ("0812345678"), Thai digits, spaces, dashes and +66 accepted. */
	public static Optional<String> phone(String text) {
		if (text == null || text.isBlank() || text.length() > 30) {
			return Optional.empty();
		}
		StringBuilder digits = new StringBuilder();
		for (char c : text.strip().toCharArray()) {
			if (c >= '๐' && c <= '๙') {
				digits.append((char) ('0' + (c - '๐')));
			}
			else if (Character.isDigit(c) && c < 128) {
				digits.append(c);
			}
			else if (c != ' ' && c != '-' && c != '+' && c != '(' && c != ')') {
				return Optional.empty();
			}
		}
		String number = digits.toString();
		if (number.startsWith("66")) {
			number = "0" + number.substring(2);
		}
		return number.matches("0\\d{8,9}") ? Optional.of(number) : Optional.empty();
	}

	/** The retention in months, 1–120; empty (blank) means 24. */
	public static Optional<Integer> retention(String text) {
		String t = TextRules.clean(text);
		if (t.isEmpty()) {
			return Optional.of(24);
		}
		Integer months;
		try {
			months = org.smartcityplanner.shared.NumberText.wholeInt(t);
		}
		catch (org.smartcityplanner.shared.NumberText.NotANumberException notANumber) {
			return Optional.empty();
		}
		return months != null && months >= 1 && months <= RETENTION_MAX_MONTHS ? Optional.of(months) : Optional.empty();
	}
}
