package org.smartcityplanner.profile.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcityplanner.profile.StrategyDraft;
import org.smartcityplanner.profile.StrategyImport.Problem;

/**
 * What a provincial strategy must look like, and how pasted lines ("code&lt;TAB&gt;title", optionally
 * "&lt;TAB&gt;description") become strategies. A paste is all or nothing: one bad line and no line is taken.
 */
public final class StrategyRules {

	public static final int MAX_CODE = 20;
	public static final int MAX_TITLE = 500;
	public static final int MAX_DESCRIPTION = 2000;
	public static final int MAX_LINES = 100;

	/** Letters of any script (Thai codes exist), digits, dot, dash, underscore; starting with a letter or digit. */
	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._-]*");
	private static final Pattern PLAN_YEARS = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");

	private StrategyRules() {
	}

	/** Whether the code has the allowed characters and length. */
	public static boolean isValidCode(String code) {
		return code != null && code.length() <= MAX_CODE && CODE.matcher(code).matches();
	}

	/**
	 * The plan period written as {@code 2566–2570} (en dash), from input such as {@code 2566-2570}; empty when
	 * it is not two Buddhist Era years between 2500 and 2700, in order, at most 20 years apart.
	 */
	public static Optional<String> normalisePlanYears(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		Matcher matcher = PLAN_YEARS.matcher(raw.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int from = Integer.parseInt(matcher.group(1));
		int to = Integer.parseInt(matcher.group(2));
		if (from < 2500 || to > 2700 || to < from || to - from > 20) {
			return Optional.empty();
		}
		return Optional.of(from + "–" + to);
	}

	/**
	 * Reads pasted lines. Blank lines are skipped; codes are compared without regard to case.
	 *
	 * @param text the pasted text
	 * @param planYears the normalised plan period given for the whole paste
	 * @param existingCodes codes the province already has
	 * @return the strategies, or the problems (then the list of strategies must be ignored)
	 */
	public static Parsed parse(String text, String planYears, Set<String> existingCodes) {
		List<StrategyDraft> drafts = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Set<String> existing = new java.util.HashSet<>();
		existingCodes.forEach(code -> existing.add(code.toLowerCase(Locale.ROOT)));
		Map<String, Integer> firstLineOfCode = new HashMap<>();
		String[] lines = text == null ? new String[0] : text.split("\\R", -1);
		int nonBlank = 0;
		for (int i = 0; i < lines.length; i++) {
			int lineNo = i + 1;
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			nonBlank++;
			if (nonBlank > MAX_LINES) {
				problems.add(new Problem(0, "profile.strategies.import.tooManyLines", List.of(String.valueOf(MAX_LINES))));
				break;
			}
			String[] columns = lines[i].split("\t", -1);
			if (columns.length < 2) {
				problems.add(new Problem(lineNo, "profile.strategies.import.noTab", List.of()));
				continue;
			}
			if (columns.length > 3) {
				problems.add(new Problem(lineNo, "profile.strategies.import.tooManyColumns", List.of()));
				continue;
			}
			String code = columns[0].strip();
			String title = columns[1].strip();
			String description = columns.length == 3 ? columns[2].strip() : "";
			int before = problems.size();
			if (code.isEmpty()) {
				problems.add(new Problem(lineNo, "profile.strategies.import.codeMissing", List.of()));
			}
			else if (!isValidCode(code)) {
				problems.add(new Problem(lineNo, "profile.strategies.import.codeFormat", List.of(code)));
			}
			else if (existing.contains(code.toLowerCase(Locale.ROOT))) {
				problems.add(new Problem(lineNo, "profile.strategies.import.codeExists", List.of(code)));
			}
			else if (firstLineOfCode.containsKey(code.toLowerCase(Locale.ROOT))) {
				problems.add(new Problem(lineNo, "profile.strategies.import.codeTwice",
						List.of(code, String.valueOf(firstLineOfCode.get(code.toLowerCase(Locale.ROOT))))));
			}
			if (title.isEmpty()) {
				problems.add(new Problem(lineNo, "profile.strategies.import.titleMissing", List.of()));
			}
			else if (title.length() > MAX_TITLE) {
				problems.add(new Problem(lineNo, "profile.strategies.import.titleTooLong", List.of(String.valueOf(MAX_TITLE))));
			}
			if (description.length() > MAX_DESCRIPTION) {
				problems.add(new Problem(lineNo, "profile.strategies.import.descriptionTooLong",
						List.of(String.valueOf(MAX_DESCRIPTION))));
			}
			if (problems.size() == before) {
				firstLineOfCode.put(code.toLowerCase(Locale.ROOT), lineNo);
				drafts.add(new StrategyDraft(code, title, description.isEmpty() ? null : description, planYears));
			}
		}
		if (nonBlank == 0) {
			problems.add(new Problem(0, "profile.strategies.import.empty", List.of()));
		}
		return new Parsed(problems.isEmpty() ? drafts : List.of(), problems);
	}

	/**
	 * Pasted lines read.
	 *
	 * @param drafts the strategies, empty when there are problems
	 * @param problems what is wrong, by line
	 */
	public record Parsed(List<StrategyDraft> drafts, List<Problem> problems) {
	}
}
