package org.smartcityplanner.dashboard.internal.national;

import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.dashboard.domain.Stage;
import org.smartcityplanner.dashboard.domain.TargetCount;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * The national overview: every province and target area by stage, the dimensions the plans cover, the count of
 * certified areas against the programme's targets and the tile grid. The public version carries no notes, no
 * register references and only the dimensions of approved plans; nothing in it names a person.
 *
 * @param provinces all 77 provinces in the requested order
 * @param stages per stage, how many provinces and areas stand there
 * @param dimensions per smart dimension, how many provinces' plans cover it
 * @param targets each programme target next to what was reached by its year's end
 * @param certifiedAreas areas holding the mark now (register entries certified up to today)
 * @param certifiedProvinces provinces with at least one of them
 * @param gridRows rows of the tile grid
 * @param gridColumns columns of the tile grid
 * @param forPublic whether this is the public version
 */
public record NationalOverview(List<ProvinceLine> provinces, List<StageCount> stages, List<DimensionCount> dimensions,
		List<TargetCount.Progress> targets, int certifiedAreas, int certifiedProvinces, int gridRows, int gridColumns,
		boolean forPublic) {

	/**
	 * A province's line.
	 *
	 * @param code province code
	 * @param name its name
	 * @param region its region
	 * @param stage its stage
	 * @param dimensions smart-dimension codes its plan covers (public: approved plans only)
	 * @param areas its target areas
	 * @param row tile row (0 = north)
	 * @param column tile column (0 = west)
	 */
	public record ProvinceLine(ProvinceCode code, LocalizedText name, LocalizedText region, Stage stage,
			List<String> dimensions, List<AreaLine> areas, int row, int column) {
	}

	/**
	 * A target area's line.
	 *
	 * @param id profile's area id
	 * @param name its name
	 * @param stage its stage
	 * @param certifiedOn when it was certified, or {@code null}
	 * @param renewedOn when it was renewed, or {@code null}
	 */
	public record AreaLine(long id, LocalizedText name, Stage stage, LocalDate certifiedOn, LocalDate renewedOn) {
	}

	/**
	 * @param stage a stage
	 * @param provinces provinces at that stage
	 * @param areas target areas at that stage
	 */
	public record StageCount(Stage stage, int provinces, int areas) {
	}

	/**
	 * @param code smart-dimension code, e.g. {@code ENV}
	 * @param name its name
	 * @param provinces provinces whose plan covers it
	 */
	public record DimensionCount(String code, LocalizedText name, int provinces) {
	}
}
