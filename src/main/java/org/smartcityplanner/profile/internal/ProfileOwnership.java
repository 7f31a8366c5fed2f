package org.smartcityplanner.profile.internal;

import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The profile's one ownership check: every target-area, baseline and strategy id a page, the API or an import
 * carries is looked up within the province of the path before anything is read or stored. Something of another
 * province and something that does not exist get the same {@link org.smartcityplanner.shared.NotInProvinceException}
 * (404), so a delete of either says "not found" instead of "deleted".
 */
@Component
class ProfileOwnership {

	private final TargetAreaRepository areas;
	private final BaselineRepository baselines;
	private final StrategyRepository strategies;

	ProfileOwnership(TargetAreaRepository areas, BaselineRepository baselines, StrategyRepository strategies) {
		this.areas = areas;
		this.baselines = baselines;
		this.strategies = strategies;
	}

	TargetArea area(ProvinceCode province, long areaId, String field) {
		return InProvince.require(areas.findByIdAndProvinceCode(areaId, province.value()), field, areaId);
	}

	/** A target area, or nothing when the id is {@code null} (the province as a whole). */
	void areaIfGiven(ProvinceCode province, Long areaId, String field) {
		if (areaId != null) {
			InProvince.require(areas.existsByIdAndProvinceCode(areaId, province.value()), field, areaId);
		}
	}

	/** Whether the area is the province's, for checks that report a problem rather than fail. */
	boolean hasArea(ProvinceCode province, long areaId) {
		return areas.existsByIdAndProvinceCode(areaId, province.value());
	}

	BaselineRecord baseline(ProvinceCode province, long baselineId) {
		return InProvince.require(baselines.findByIdAndProvinceCode(baselineId, province.value()), "baselineId",
				baselineId);
	}

	StrategyRecord strategy(ProvinceCode province, long strategyId) {
		return InProvince.require(strategies.findByIdAndProvinceCode(strategyId, province.value()), "strategyId",
				strategyId);
	}
}
