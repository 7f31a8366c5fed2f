package org.smartcityplanner.profile;

import java.math.BigDecimal;
import java.util.List;

import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Target areas of a province.
 */
public interface ProfileApi {

	/** The province's target areas, by name. */
	List<TargetAreaView> areasOf(ProvinceCode province);

	/** Adds a target area to a province. */
	TargetAreaView addArea(ProvinceCode province, LocalizedText name, AreaType type, Integer population,
			BigDecimal areaSqKm);
}
