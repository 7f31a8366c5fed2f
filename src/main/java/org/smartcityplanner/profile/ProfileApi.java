package org.smartcityplanner.profile;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules read of a province's profile: its target areas and their boundaries, its context, its
 * development-plan strategies, its SWOT and the latest indicator baselines. Read-only: the profile is written
 * through the profile module's own pages and API only. Callers reach it through province-scoped routes, so it does
 * not check scope itself.
 */
public interface ProfileApi {

	/** The province's target areas, by name, without boundaries. */
	List<TargetAreaView> areasOf(ProvinceCode province);

	/** One target area of the province, if it exists there; how another module checks an area id it was given. */
	Optional<TargetAreaView> area(ProvinceCode province, long areaId);

	/** The boundaries of the province's areas that have one, by area name. */
	List<AreaBoundary> boundariesOf(ProvinceCode province);

	/** The outline of the whole province, drawn under its areas on maps, if one has been uploaded. */
	Optional<ProvinceOutline> provinceOutline(ProvinceCode province);

	/** The province's context, empty when nothing has been written. */
	ProvinceContext contextOf(ProvinceCode province);

	/** The province's development-plan strategies, in the order they were entered. */
	List<ProvincialStrategy> strategiesOf(ProvinceCode province);

	/**
	 * The SWOT of the province ({@code areaId == null}) or of one of its target areas; empty when not written.
	 */
	Swot swotOf(ProvinceCode province, Long areaId);

	/**
	 * The baseline of the latest year for an indicator of the province ({@code areaIdOrNull == null}) or of one of
	 * its areas. An area without a baseline of its own gets none, not the province's: callers that want the
	 * province's figure instead ask for it.
	 */
	Optional<IndicatorBaseline> latestBaseline(ProvinceCode province, Long areaIdOrNull, String indicatorCode);
}
