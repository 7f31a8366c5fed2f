package org.smartcityplanner.dashboard.internal.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.dashboard.domain.Stage;
import org.smartcityplanner.dashboard.domain.TargetCount;
import org.smartcityplanner.dashboard.domain.TileGrid;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the national overview from the read model in four queries (provinces, areas, register dates, targets)
 * whatever the number of provinces and areas; reference data and tiles come from memory.
 */
@Service
public class NationalOverviews {

	/** How the province table is ordered. */
	public enum Order {
		/** By province code (the reference order). */
		PROVINCE,
		/** Furthest stage first, then by code. */
		STAGE_DESCENDING,
		/** Earliest stage first, then by code. */
		STAGE_ASCENDING;

		/** The order a request's {@code sort} parameter names; anything unknown is the province order. */
		public static Order of(String sort) {
			return switch (sort == null ? "" : sort) {
				case "stage" -> STAGE_DESCENDING;
				case "stage-asc" -> STAGE_ASCENDING;
				default -> PROVINCE;
			};
		}
	}

	private final NationalStore store;
	private final ProgrammeTargets targets;
	private final ProvinceTiles tiles;
	private final ReferenceApi reference;
	private final JdbcClient jdbc;
	private final Today today;

	NationalOverviews(NationalStore store, ProgrammeTargets targets, ProvinceTiles tiles, ReferenceApi reference,
			JdbcClient jdbc, Today today) {
		this.store = store;
		this.targets = targets;
		this.tiles = tiles;
		this.reference = reference;
		this.jdbc = jdbc;
		this.today = today;
	}

	/**
	 * The overview for the institute ({@code forPublic == false}) or the public.
	 */
	@Transactional(readOnly = true)
	public NationalOverview overview(boolean forPublic, Order order) {
		Map<ProvinceCode, NationalStore.ProvinceRow> known = store.provinces().stream()
			.collect(Collectors.toMap(NationalStore.ProvinceRow::code, row -> row));
		Map<ProvinceCode, List<NationalStore.AreaRow>> areas = store.areas().stream()
			.collect(Collectors.groupingBy(NationalStore.AreaRow::province));
		Map<String, TileGrid.Tile> grid = tiles.tiles();
		List<NationalOverview.ProvinceLine> lines = new ArrayList<>();
		for (Province province : tiles.provinces()) {
			NationalStore.ProvinceRow row = known.get(province.code());
			Stage stage = row == null ? Stage.NO_ENGAGEMENT : row.stage();
			List<String> dimensions = row == null || forPublic && row.planStatus() != PlanStatus.APPROVED ? List.of()
					: row.dimensions();
			List<NationalOverview.AreaLine> areaLines = areas.getOrDefault(province.code(), List.of()).stream()
				.map(area -> new NationalOverview.AreaLine(area.id(), area.name(), area.stage(), area.certifiedOn(),
						area.renewedOn()))
				.toList();
			TileGrid.Tile tile = grid.get(province.code().value());
			lines.add(new NationalOverview.ProvinceLine(province.code(), province.name(), province.region(), stage,
					dimensions, areaLines, tile == null ? -1 : tile.row(), tile == null ? -1 : tile.column()));
		}
		lines.sort(comparator(order));
		List<TargetCount.Certified> certified = certified();
		int certifiedProvinces = (int) certified.stream().map(TargetCount.Certified::province).distinct().count();
		return new NationalOverview(lines, stageCounts(lines), dimensionCounts(lines),
				TargetCount.against(targets.all(), certified), certified.size(), certifiedProvinces,
				grid.values().stream().mapToInt(TileGrid.Tile::row).max().orElse(-1) + 1,
				grid.values().stream().mapToInt(TileGrid.Tile::column).max().orElse(-1) + 1, forPublic);
	}

	/** The register's areas certified up to today, whether or not profile still has them. */
	private List<TargetCount.Certified> certified() {
		return jdbc.sql("select province_code, certified_on from dsh_certification where certified_on <= ?")
			.param(today.date())
			.query((rs, row) -> new TargetCount.Certified(new ProvinceCode(rs.getString("province_code")),
					rs.getObject("certified_on", java.time.LocalDate.class)))
			.list();
	}

	private static Comparator<NationalOverview.ProvinceLine> comparator(Order order) {
		Comparator<NationalOverview.ProvinceLine> byCode = Comparator.comparing(line -> line.code().value());
		return switch (order) {
			case PROVINCE -> byCode;
			case STAGE_DESCENDING -> Comparator.comparing(NationalOverview.ProvinceLine::stage).reversed().thenComparing(byCode);
			case STAGE_ASCENDING -> Comparator.comparing(NationalOverview.ProvinceLine::stage).thenComparing(byCode);
		};
	}

	private static List<NationalOverview.StageCount> stageCounts(List<NationalOverview.ProvinceLine> lines) {
		Map<Stage, int[]> counts = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			counts.put(stage, new int[2]);
		}
		for (NationalOverview.ProvinceLine line : lines) {
			counts.get(line.stage())[0]++;
			line.areas().forEach(area -> counts.get(area.stage())[1]++);
		}
		return counts.entrySet().stream()
			.map(entry -> new NationalOverview.StageCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
	}

	private List<NationalOverview.DimensionCount> dimensionCounts(List<NationalOverview.ProvinceLine> lines) {
		return reference.items(ReferenceKind.SMART_DIMENSION).stream()
			.map(dimension -> new NationalOverview.DimensionCount(dimension.code(), dimension.name(),
					(int) lines.stream().filter(line -> line.dimensions().contains(dimension.code())).count()))
			.toList();
	}
}
