package org.smartcityplanner.profile;

import java.math.BigDecimal;
import java.time.Instant;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * The measured value of a library indicator for a province or one of its target areas in one year, with where the
 * figure comes from. A province has at most one baseline per indicator, area and year.
 *
 * @param id stable id
 * @param province the province
 * @param areaId the target area, or {@code null} for the whole province
 * @param indicatorCode code of the indicator in the library, e.g. {@code IND-ENV-01}
 * @param year Buddhist Era year of the measurement, 2500–2700
 * @param value the value in the indicator's unit, at most four decimals
 * @param source where the figure comes from (agency, report, dataset)
 * @param note optional remark, or {@code null}
 * @param version for optimistic locking
 * @param updatedBy who saved it last
 * @param updatedAt when it was saved last
 */
public record IndicatorBaseline(long id, ProvinceCode province, Long areaId, String indicatorCode, int year,
		BigDecimal value, String source, String note, int version, String updatedBy, Instant updatedAt) {

	/** Whether the figure is for the whole province rather than one target area. */
	public boolean coversWholeProvince() {
		return areaId == null;
	}
}
