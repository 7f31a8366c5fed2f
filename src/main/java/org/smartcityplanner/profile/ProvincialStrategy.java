package org.smartcityplanner.profile;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A strategy of the province's own development plan (แผนพัฒนาจังหวัด), which master-plan items can be aligned to
 * by its code.
 *
 * @param id stable id
 * @param province the province whose plan it belongs to
 * @param code the plan's own code, unique in the province, e.g. {@code 1} or {@code S2}
 * @param title the strategy's title
 * @param description optional longer text, or {@code null}
 * @param planYears the plan period in Buddhist Era years, e.g. {@code 2566–2570}
 * @param version for optimistic locking
 */
public record ProvincialStrategy(long id, ProvinceCode province, String code,
		String title, String description, String planYears, int version) {
}
