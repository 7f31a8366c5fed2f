package org.smartcityplanner.profile.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineProblem;

/**
 * What a baseline must look like, and how typed or imported text becomes its year and value. Thai digits
 * (๐–๙), thousands separators and spaces are accepted in numbers, because that is how Thai reports print them.
 */
public final class BaselineRules {

	public static final int MIN_YEAR = 2500;
	public static final int MAX_YEAR = 2700;
	/** Buddhist Era minus Common Era. */
	public static final int BE_OFFSET = 543;
	public static final int MAX_INTEGER_DIGITS = 16;
	public static final int MAX_DECIMALS = 4;
	public static final int MAX_SOURCE = 500;
	public static final int MAX_NOTE = 1000;

	private static final Pattern DIGITS = Pattern.compile("\\d+");
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
	/** Spaces people leave inside numbers: ordinary, no-break, thin and narrow no-break. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2009\\u202F]+");

	private BaselineRules() {
	}

	/**
	 * A Buddhist Era year from text such as {@code 2567} or {@code ๒๕๖๗}. A Common Era year (1957–2157) is refused
	 * with the B.E. year it probably means.
	 */
	public static Parsed<Integer> parseYear(String text) {
		String raw = text == null ? "" : text.strip();
		if (raw.isEmpty()) {
			return Parsed.problem("year", "baselines.year.required");
		}
		String digits = asciiDigits(raw);
		if (!DIGITS.matcher(digits).matches() || digits.length() > 4) {
			return Parsed.problem("year", "baselines.year.notYear", raw);
		}
		int year = Integer.parseInt(digits);
		if (year >= MIN_YEAR - BE_OFFSET && year <= MAX_YEAR - BE_OFFSET) {
			return Parsed.problem("year", "baselines.year.commonEra", year, year + BE_OFFSET);
		}
		if (year < MIN_YEAR || year > MAX_YEAR) {
			return Parsed.problem("year", "baselines.year.range", MIN_YEAR, MAX_YEAR);
		}
		return Parsed.of(year);
	}

	/**
	 * A value from text such as {@code 1,234.5}, {@code ๑,๒๓๔.๕} or {@code -3}: thousands separators must group
	 * three digits, the decimal point is a dot, at most {@value #MAX_DECIMALS} decimals.
	 */
	public static Parsed<BigDecimal> parseValue(String text) {
		String raw = text == null ? "" : text.strip();
		if (raw.isEmpty()) {
			return Parsed.problem("value", "baselines.value.required");
		}
		String number = SPACES.matcher(asciiDigits(raw)).replaceAll("").replace('\u2212', '-');
		if (!NUMBER.matcher(number).matches()) {
			return Parsed.problem("value", "baselines.value.notNumber", raw);
		}
		BigDecimal value = new BigDecimal(number.replace(",", ""));
		BaselineProblem problem = valueProblem(value);
		return problem == null ? Parsed.of(plain(value)) : Parsed.problem(problem);
	}

	/** Why the value cannot be stored, or {@code null}. */
	public static BaselineProblem valueProblem(BigDecimal value) {
		if (value == null) {
			return BaselineProblem.of("value", "baselines.value.required");
		}
		BigDecimal plain = plain(value);
		if (plain.scale() > MAX_DECIMALS) {
			return BaselineProblem.of("value", "baselines.value.decimals", MAX_DECIMALS);
		}
		if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS) {
			return BaselineProblem.of("value", "baselines.value.tooLarge", MAX_INTEGER_DIGITS);
		}
		return null;
	}

	/** Why the source cannot be stored, or {@code null}. */
	public static BaselineProblem sourceProblem(String source) {
		if (source == null || source.isBlank()) {
			return BaselineProblem.of("source", "baselines.source.required");
		}
		if (source.strip().length() > MAX_SOURCE) {
			return BaselineProblem.of("source", "baselines.source.tooLong", MAX_SOURCE);
		}
		return null;
	}

	/** Why the note cannot be stored, or {@code null}; no note is fine. */
	public static BaselineProblem noteProblem(String note) {
		return note != null && note.strip().length() > MAX_NOTE
				? BaselineProblem.of("note", "baselines.note.tooLong", MAX_NOTE) : null;
	}

	/** Why the year cannot be stored, or {@code null}. */
	public static BaselineProblem yearProblem(int year) {
		return year < MIN_YEAR || year > MAX_YEAR ? BaselineProblem.of("year", "baselines.year.range", MIN_YEAR, MAX_YEAR)
				: null;
	}

	/** Everything wrong with a draft that can be told without looking at stored data. */
	public static List<BaselineProblem> problemsOf(BaselineDraft draft) {
		List<BaselineProblem> problems = new ArrayList<>();
		if (draft.indicatorCode() == null || draft.indicatorCode().isBlank()) {
			problems.add(BaselineProblem.of("indicatorCode", "baselines.indicator.required"));
		}
		addIfPresent(problems, yearProblem(draft.year()));
		addIfPresent(problems, valueProblem(draft.value()));
		addIfPresent(problems, sourceProblem(draft.source()));
		addIfPresent(problems, noteProblem(draft.note()));
		return problems;
	}

	/**
	 * The value without trailing zeros and never in exponent form: {@code 12.5000} becomes {@code 12.5},
	 * {@code 1E+2} becomes {@code 100}.
	 */
	public static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** Thai digits ๐–๙ as ASCII digits; other characters unchanged. */
	public static String asciiDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
		}
		return out.toString();
	}

	private static void addIfPresent(List<BaselineProblem> problems, BaselineProblem problem) {
		if (problem != null) {
			problems.add(problem);
		}
	}

	/**
	 * Text read as a value, or the reason it could not be.
	 *
	 * @param value the value, {@code null} when there is a problem
	 * @param problem what is wrong, {@code null} when there is a value
	 */
	public record Parsed<T>(T value, BaselineProblem problem) {

		static <T> Parsed<T> of(T value) {
			return new Parsed<>(value, null);
		}

		static <T> Parsed<T> problem(String field, String messageKey, Object... args) {
			return new Parsed<>(null, BaselineProblem.of(field, messageKey, args));
		}

		static <T> Parsed<T> problem(BaselineProblem problem) {
			return new Parsed<>(null, problem);
		}

		public boolean isValid() {
			return problem == null;
		}
	}
}
