package org.smartcityplanner.plan.model.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.plan.model.PlanDocument;

/**
 * How a plan's goals, strategies and projects line up with national policy, the province's development plan
 * and the smart dimensions: a matrix of who aligns with what, the gaps, and the coverage of each list.
 * Only an item's own alignment counts; a project does not inherit its strategy's.
 */
public final class AlignmentAnalysis {

	private final List<MatrixRow> matrix;
	private final List<AlignmentGap> gaps;
	private final Map<CatalogueList, Coverage> coverage;
	private final List<String> dimensions;
	private final Set<String> expected;

	private AlignmentAnalysis(List<MatrixRow> matrix, List<AlignmentGap> gaps, Map<CatalogueList, Coverage> coverage,
			List<String> dimensions) {
		this.matrix = List.copyOf(matrix);
		this.gaps = List.copyOf(gaps);
		this.coverage = coverage;
		this.dimensions = List.copyOf(dimensions);
		this.expected = ExpectedAlignment.forDimensions(dimensions);
	}

	/**
	 * Analyses a plan against the catalogue.
	 *
	 * @param plan the plan
	 * @param catalogue every code the plan could align with; codes the plan names but the catalogue lacks are
	 *        ignored
	 * @return the matrix, gaps and coverage
	 */
	public static AlignmentAnalysis of(PlanDocument plan, NationalCatalogue catalogue) {
		List<PlanItem> items = PlanItem.of(plan);
		List<MatrixRow> matrix = new ArrayList<>();
		Map<CatalogueList, Coverage> coverage = new EnumMap<>(CatalogueList.class);
		for (CatalogueList list : CatalogueList.values()) {
			Map<String, List<AlignedItem>> aligned = alignedByCode(items, list);
			List<String> codes = catalogue.codes(list);
			int covered = 0;
			for (String code : codes) {
				MatrixRow row = new MatrixRow(list, code, aligned.getOrDefault(code, List.of()));
				matrix.add(row);
				covered += row.isTouched() ? 1 : 0;
			}
			coverage.put(list, new Coverage(list, covered, codes.size()));
		}
		List<String> dimensions = plan.goals().stream().map(goal -> goal.dimension()).distinct().toList();
		return new AlignmentAnalysis(matrix, gapsOf(items, matrix), coverage, dimensions);
	}

	/**
	 * The items that align with each code of one list, in document order: one pass over the items instead of one
	 * per catalogue code. Same answer as asking {@link PlanItem#alignsWith} for every code.
	 */
	private static Map<String, List<AlignedItem>> alignedByCode(List<PlanItem> items, CatalogueList list) {
		Map<String, List<AlignedItem>> aligned = new HashMap<>();
		for (PlanItem item : items) {
			if (list == CatalogueList.DIMENSION) {
				if (item.dimension() != null) {
					aligned.computeIfAbsent(item.dimension(), code -> new ArrayList<>()).add(item.item());
				}
				continue;
			}
			for (String code : list.codesIn(item.alignment())) {
				aligned.computeIfAbsent(code, key -> new ArrayList<>()).add(item.item());
			}
		}
		return aligned;
	}

	private static List<AlignmentGap> gapsOf(List<PlanItem> items, List<MatrixRow> matrix) {
		List<AlignmentGap> gaps = new ArrayList<>();
		for (MatrixRow row : matrix) {
			if (!row.isTouched()) {
				gaps.add(AlignmentGap.ofCode(untouched(row.list()), row.list(), row.code()));
			}
		}
		for (PlanItem item : items) {
			if (item.alignment().isEmpty() && item.kind() == AlignedKind.STRATEGY) {
				gaps.add(AlignmentGap.ofItem(GapType.STRATEGY_ALIGNED_TO_NOTHING, item.item()));
			}
			if (item.alignment().isEmpty() && item.kind() == AlignedKind.PROJECT) {
				gaps.add(AlignmentGap.ofItem(GapType.PROJECT_ALIGNED_TO_NOTHING, item.item()));
			}
		}
		// stable sort: by type, then in matrix or document order within a type
		gaps.sort(Comparator.comparing(AlignmentGap::type));
		return gaps;
	}

	private static GapType untouched(CatalogueList list) {
		return switch (list) {
			case DIMENSION -> GapType.DIMENSION_WITHOUT_GOAL;
			case PROVINCIAL_STRATEGY -> GapType.PROVINCIAL_STRATEGY_UNTOUCHED;
			default -> GapType.NATIONAL_ITEM_UNTOUCHED;
		};
	}

	/** One row per catalogue code: lists in {@link CatalogueList} order, codes in catalogue order. */
	public List<MatrixRow> matrix() {
		return matrix;
	}

	/** The row of one code, if the catalogue lists it. */
	public Optional<MatrixRow> row(CatalogueList list, String code) {
		return matrix.stream().filter(row -> row.list() == list && row.code().equals(code)).findFirst();
	}

	/** Every gap, ordered by {@link GapType}, then in catalogue or document order. */
	public List<AlignmentGap> gaps() {
		return gaps;
	}

	/** The gaps of one type. */
	public List<AlignmentGap> gaps(GapType type) {
		return gaps.stream().filter(gap -> gap.type() == type).toList();
	}

	/** The smart dimensions the plan has goals in, in document order. */
	public List<String> dimensions() {
		return dimensions;
	}

	/**
	 * Whether the gap is one the plan is expected to close: every gap about the plan's own items, dimensions and
	 * the province's strategies, and of the national items those that every plan or the plan's dimensions expect
	 * (see {@link ExpectedAlignment}).
	 */
	public boolean isExpected(AlignmentGap gap) {
		return gap.type() != GapType.NATIONAL_ITEM_UNTOUCHED || expected.contains(gap.subject());
	}

	/** Whether a matrix row is worth showing unfolded: aligned with, or expected of the plan. */
	public boolean isExpected(MatrixRow row) {
		return row.isTouched() || !row.list().isNational() || expected.contains(row.code());
	}

	/** The gaps the plan is expected to close, in {@link #gaps()} order. */
	public List<AlignmentGap> expectedGaps() {
		return gaps.stream().filter(this::isExpected).toList();
	}

	/** National items nobody aligned with and nobody expects of this plan: shown folded, not as gaps to fix. */
	public List<AlignmentGap> unexpectedGaps() {
		return gaps.stream().filter(gap -> !isExpected(gap)).toList();
	}

	/** How much of one catalogue list the plan touches. */
	public Coverage coverage(CatalogueList list) {
		return coverage.get(list);
	}

	/** The coverage of every catalogue list, in {@link CatalogueList} order. */
	public List<Coverage> coverages() {
		return List.copyOf(coverage.values());
	}
}
