package org.smartcityplanner.participation.domain.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.smartcityplanner.participation.GroupRole;

/**
 * When an appointment order may be issued: its number (e.g. {@code 1234/2569}, the year in B.E.), the signing
 * date, who signs, the duties — and a group that an order can appoint: exactly one chair and at least one
 * secretary among at least three members.
 */
public final class OrderRules {

	/** "123/2569": up to five digits, a slash and a four-digit B.E. year (Thai digits are read too). */
	private static final Pattern NUMBER = Pattern.compile("\\d{1,5}/25\\d{2}");
	public static final int DUTIES_MAX = 4000;

	private OrderRules() {
	}

	/**
	 * @param number  the order number as typed
	 * @param signedOn the signing date, or {@code null} when it was not a valid date
	 * @param today    today in Thailand
	 * @param roles    the roles of the members the order would appoint
	 */
	public static List<Problem> problemsOf(String number, LocalDate signedOn, String signedBy, String signerPosition,
			String duties, LocalDate today, List<GroupRole> roles) {
		List<Problem> problems = new ArrayList<>();
		String n = arabic(TextRules.clean(number));
		if (n.isEmpty()) {
			problems.add(Problem.of("number", "participation.field.number.required"));
		}
		else if (!NUMBER.matcher(n).matches()) {
			problems.add(Problem.of("number", "participation.field.number.format"));
		}
		if (signedOn == null) {
			problems.add(Problem.of("signedOn", "participation.field.signedOn.required"));
		}
		else if (signedOn.isAfter(today.plusYears(1)) || signedOn.isBefore(today.minusYears(10))) {
			problems.add(Problem.of("signedOn", "participation.field.signedOn.range"));
		}
		TextRules.required(problems, "signedBy", signedBy, MemberRules.NAME_MAX);
		TextRules.required(problems, "signerPosition", signerPosition, MemberRules.POSITION_MAX);
		TextRules.required(problems, "duties", duties, DUTIES_MAX);
		long chairs = roles.stream().filter(r -> r == GroupRole.CHAIR).count();
		if (chairs != 1) {
			problems.add(Problem.of(null, "participation.order.oneChair", chairs));
		}
		if (roles.stream().noneMatch(r -> r == GroupRole.SECRETARY)) {
			problems.add(Problem.of(null, "participation.order.noSecretary"));
		}
		if (roles.size() < 3) {
			problems.add(Problem.of(null, "participation.order.tooFew", 3));
		}
		return problems;
	}

	/** The number as stored: Arabic digits, no spaces. */
	public static String normaliseNumber(String number) {
		return arabic(TextRules.clean(number)).replace(" ", "");
	}

	private static String arabic(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
		}
		return out.toString();
	}
}
