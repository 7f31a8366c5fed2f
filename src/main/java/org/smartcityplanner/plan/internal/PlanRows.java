package org.smartcityplanner.plan.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Row-level helpers shared by the plan store: list columns, alignment lists, nullable years.
 */
final class PlanRows {

	static final String NATIONAL_STRATEGIES = "NATIONAL_STRATEGY";
	static final String MASTER_PLANS = "NATIONAL_MASTER_PLAN";
	static final String MILESTONES = "NESDP_MILESTONE";
	static final String SDGS = "SDG";
	static final String PROVINCIAL = "PROVINCIAL";
	static final String THAILAND_40 = "THAILAND_40";
	static final List<String> ALIGNMENT_LISTS = List.of(NATIONAL_STRATEGIES, MASTER_PLANS, MILESTONES, SDGS,
			PROVINCIAL);

	private PlanRows() {
	}

	/** Missions and partners are stored one per line. */
	static String lines(List<String> values) {
		return values.stream().map(String::trim).filter(value -> !value.isEmpty()).collect(Collectors.joining("\n"));
	}

	static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\n")).map(String::trim).filter(line -> !line.isEmpty()).toList();
	}

	static String ids(Set<Long> ids) {
		return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	static Set<Long> ids(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		Set<Long> ids = new LinkedHashSet<>();
		for (String part : text.split(",")) {
			ids.add(Long.parseLong(part.trim()));
		}
		return ids;
	}

	static FiscalYear year(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : new FiscalYear(value);
	}

	static Integer year(FiscalYear year) {
		return year == null ? null : year.buddhistYear();
	}

	/** Alignment codes of every item of a plan, by item id then list. */
	static Map<String, Alignment> alignments(List<AlignmentRow> rows) {
		Map<String, Map<String, Set<String>>> byItem = new HashMap<>();
		for (AlignmentRow row : rows) {
			byItem.computeIfAbsent(row.itemId(), id -> new HashMap<>())
				.computeIfAbsent(row.list(), list -> new LinkedHashSet<>()).add(row.code());
		}
		Map<String, Alignment> result = new HashMap<>();
		byItem.forEach((item, lists) -> result.put(item, new Alignment(
				lists.getOrDefault(NATIONAL_STRATEGIES, Set.of()), lists.getOrDefault(MASTER_PLANS, Set.of()),
				lists.getOrDefault(MILESTONES, Set.of()), lists.getOrDefault(SDGS, Set.of()),
				lists.getOrDefault(PROVINCIAL, Set.of()), lists.getOrDefault(THAILAND_40, Set.of()))));
		return result;
	}

	/** The (list, code) pairs of an alignment, for inserting. */
	static List<String[]> pairs(Alignment alignment) {
		List<String[]> pairs = new ArrayList<>();
		alignment.nationalStrategies().forEach(code -> pairs.add(new String[] { NATIONAL_STRATEGIES, code }));
		alignment.masterPlans().forEach(code -> pairs.add(new String[] { MASTER_PLANS, code }));
		alignment.milestones().forEach(code -> pairs.add(new String[] { MILESTONES, code }));
		alignment.sdgs().forEach(code -> pairs.add(new String[] { SDGS, code }));
		alignment.provincialStrategies().forEach(code -> pairs.add(new String[] { PROVINCIAL, code }));
		alignment.thailand40().forEach(code -> pairs.add(new String[] { THAILAND_40, code }));
		return pairs;
	}

	static Map<FiscalYear, Baht> budgets(List<YearAmount> rows) {
		Map<FiscalYear, Baht> budget = new TreeMap<>();
		rows.forEach(row -> budget.put(new FiscalYear(row.year()), new Baht(row.satang())));
		return budget;
	}

	static Map<FiscalYear, BigDecimal> targets(List<YearValue> rows) {
		Map<FiscalYear, BigDecimal> targets = new TreeMap<>();
		rows.forEach(row -> targets.put(new FiscalYear(row.year()), row.value()));
		return targets;
	}

	static ItemId itemId(ResultSet rs, String column) throws SQLException {
		return new ItemId(rs.getString(column));
	}

	record AlignmentRow(String itemId, String list, String code) {
	}

	record YearAmount(String itemId, int year, long satang) {
	}

	record YearValue(String itemId, int year, BigDecimal value) {
	}
}
