package org.smartcityplanner.profile;

import java.math.BigDecimal;

import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A smart-city target area of a province.
 *
 * @param id area id, stable
 * @param province the province it lies in
 * @param name Thai and English name
 * @param type what kind of area it is
 * @param population residents, may be {@code null} when unknown
 * @param areaSqKm size in km², may be {@code null} when unknown
 */
public record TargetAreaView(long id, ProvinceCode province, LocalizedText name, AreaType type, Integer population,
		BigDecimal areaSqKm) {
}
