package org.smartcityplanner.profile.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcityplanner.profile.BaselineDraft;
import org.smartcityplanner.profile.BaselineImportRow;
import org.smartcityplanner.profile.BaselineImportRow.Cells;
import org.smartcityplanner.profile.BaselineImportRow.Status;
import org.smartcityplanner.profile.BaselineProblem;
import org.smartcityplanner.profile.domain.BaselineColumns.Column;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Checks every row of a baseline file against the indicator library, the province's target areas and its saved
 * baselines, and says row by row what confirming would do: add, update, or nothing because the row is wrong.
 * Rows that give the same indicator, area and year are all refused: which of them is right is for the user to
 * say, not for the import to guess.
 */
public final class BaselineImportCheck {

	public static final int MAX_ROWS = 2000;
	private static final int HEADER_SEARCH_ROWS = 5;
	/** What an area cell may say for the whole province, compared in lower case. */
	private static final Set<String> WHOLE_PROVINCE = Set.of("", "ทั้งจังหวัด", "จังหวัด", "province",
			"whole province");

	private final Set<String> indicatorCodes;
	private final List<Area> areas;
	private final Map<Key, Saved> saved;

	/**
	 * @param indicatorCodes the library's codes
	 * @param areas the province's target areas
	 * @param saved the province's saved baselines by their key
	 */
	public BaselineImportCheck(Set<String> indicatorCodes, List<Area> areas, Map<Key, Saved> saved) {
		this.indicatorCodes = Set.copyOf(indicatorCodes);
		this.areas = List.copyOf(areas);
		this.saved = Map.copyOf(saved);
	}

	/**
	 * Checks a whole file: the first non-blank row is the header, blank rows are skipped.
	 *
	 * @throws InvalidInputException when the file as a whole is unusable: empty, no usable header, no data rows or
	 *         more than {@value #MAX_ROWS} of them
	 */
	public List<BaselineImportRow> check(List<SheetRow> rows) {
		List<SheetRow> filled = rows.stream().filter(row -> !row.isBlank()).toList();
		if (filled.isEmpty()) {
			throw new InvalidInputException("baselines.import.empty");
		}
		int headerIndex = headerIndex(filled);
		BaselineColumns columns = BaselineColumns.of(filled.get(headerIndex));
		List<SheetRow> data = filled.subList(headerIndex + 1, filled.size());
		if (data.isEmpty()) {
			throw new InvalidInputException("baselines.import.noData");
		}
		if (data.size() > MAX_ROWS) {
			throw new InvalidInputException("baselines.import.tooManyRows", MAX_ROWS);
		}
		List<Checked> checked = data.stream().map(row -> checkRow(row, columns)).toList();
		Map<Key, List<Integer>> rowsByKey = new LinkedHashMap<>();
		checked.stream().filter(c -> c.draft != null)
			.forEach(c -> rowsByKey.computeIfAbsent(Key.of(c.draft), k -> new ArrayList<>()).add(c.row));
		return checked.stream().map(c -> outcome(c, rowsByKey)).toList();
	}

	/**
	 * Spreadsheets often have a title row or two above the header: the header is the first of the first few rows
	 * that names every required column. When none does, the first row is taken, so its problem is reported.
	 */
	private static int headerIndex(List<SheetRow> filled) {
		for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, filled.size()); i++) {
			try {
				BaselineColumns.of(filled.get(i));
				return i;
			}
			catch (InvalidInputException e) {
				// not the header; try the next row
			}
		}
		return 0;
	}

	private BaselineImportRow outcome(Checked c, Map<Key, List<Integer>> rowsByKey) {
		if (c.draft == null) {
			return new BaselineImportRow(c.row, Status.ERROR, c.cells, null, c.problems);
		}
		Key key = Key.of(c.draft);
		List<Integer> sameKey = rowsByKey.get(key);
		if (sameKey.size() > 1) {
			String others = sameKey.stream().filter(row -> row != c.row).map(String::valueOf)
				.collect(Collectors.joining(", "));
			return new BaselineImportRow(c.row, Status.ERROR, c.cells, null,
					List.of(BaselineProblem.of("row", "baselines.import.duplicateRows", others)));
		}
		Saved existing = saved.get(key);
		if (existing != null) {
			return new BaselineImportRow(c.row, Status.UPDATE, c.cells, c.draft, List.of(BaselineProblem.of("row",
					"baselines.import.willUpdate", BaselineRules.plain(existing.value()).toPlainString(),
					existing.source())));
		}
		return new BaselineImportRow(c.row, Status.OK, c.cells, c.draft, List.of());
	}

	private Checked checkRow(SheetRow row, BaselineColumns columns) {
		Cells cells = new Cells(columns.cell(row, Column.INDICATOR_CODE), columns.cell(row, Column.AREA),
				columns.cell(row, Column.YEAR), columns.cell(row, Column.VALUE), columns.cell(row, Column.SOURCE),
				columns.cell(row, Column.NOTE));
		List<BaselineProblem> problems = new ArrayList<>();
		String code = cells.indicatorCode().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			problems.add(BaselineProblem.of("indicatorCode", "baselines.indicator.required"));
		}
		else if (!indicatorCodes.contains(code)) {
			problems.add(BaselineProblem.of("indicatorCode", "baselines.indicator.unknown", cells.indicatorCode()));
		}
		Long areaId = null;
		AreaMatch area = area(cells.area());
		if (area.problem != null) {
			problems.add(area.problem);
		}
		else {
			areaId = area.id;
		}
		BaselineRules.Parsed<Integer> year = BaselineRules.parseYear(cells.year());
		BaselineRules.Parsed<BigDecimal> value = BaselineRules.parseValue(cells.value());
		for (BaselineProblem problem : new BaselineProblem[] { year.problem(), value.problem(),
				BaselineRules.sourceProblem(cells.source()), BaselineRules.noteProblem(cells.note()) }) {
			if (problem != null) {
				problems.add(problem);
			}
		}
		BaselineDraft draft = problems.isEmpty() ? new BaselineDraft(code, areaId, year.value(), value.value(),
				cells.source(), cells.note().isEmpty() ? null : cells.note()) : null;
		return new Checked(row.number(), cells, draft, problems);
	}

	/** The area an area cell names: empty or "whole province" for the province, an area id, or an area name. */
	private AreaMatch area(String text) {
		if (WHOLE_PROVINCE.contains(text.toLowerCase(Locale.ROOT))) {
			return new AreaMatch(null, null);
		}
		String digits = BaselineRules.asciiDigits(text);
		if (digits.matches("\\d{1,18}")) {
			long id = Long.parseLong(digits);
			Optional<Area> byId = areas.stream().filter(a -> a.id() == id).findFirst();
			if (byId.isPresent()) {
				return new AreaMatch(id, null);
			}
		}
		List<Area> byName = areas.stream().filter(a -> a.isNamed(text)).toList();
		if (byName.size() == 1) {
			return new AreaMatch(byName.get(0).id(), null);
		}
		if (byName.size() > 1) {
			return new AreaMatch(null, BaselineProblem.of("area", "baselines.area.ambiguous", text));
		}
		return new AreaMatch(null, BaselineProblem.of("area", "baselines.area.unknown", text));
	}

	private record AreaMatch(Long id, BaselineProblem problem) {
	}

	private record Checked(int row, Cells cells, BaselineDraft draft, List<BaselineProblem> problems) {
	}

	/**
	 * A target area of the province.
	 *
	 * @param id area id
	 * @param nameTh Thai name
	 * @param nameEn English name, may be {@code null}
	 */
	public record Area(long id, String nameTh, String nameEn) {

		boolean isNamed(String text) {
			return text.equalsIgnoreCase(nameTh.strip()) || (nameEn != null && text.equalsIgnoreCase(nameEn.strip()));
		}
	}

	/**
	 * What makes a baseline unique in a province.
	 *
	 * @param indicatorCode library code, upper case
	 * @param areaId area, {@code null} for the whole province
	 * @param year B.E. year
	 */
	public record Key(String indicatorCode, Long areaId, int year) {

		public static Key of(BaselineDraft draft) {
			return new Key(draft.indicatorCode(), draft.areaId(), draft.year());
		}
	}

	/**
	 * What is saved under a key, to tell the user what an update replaces.
	 *
	 * @param value the saved value
	 * @param source the saved source
	 */
	public record Saved(BigDecimal value, String source) {
	}
}
