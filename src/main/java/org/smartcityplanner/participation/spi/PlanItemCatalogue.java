package org.smartcityplanner.participation.spi;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * The plan items of a province a public idea can become, implemented by the plan module. Staff choose one when
 * they accept an idea; participation checks the chosen reference through {@link #find} so an item of another
 * province (or one since deleted) is refused, never stored.
 */
public interface PlanItemCatalogue {

	/**
	 * The province's goals, strategies and projects in plan order (each goal, then its strategies, each followed by
	 * its projects); empty when the province has not started a plan.
	 */
	List<PlanItemChoice> items(ProvinceCode province);

	/** The item behind the reference, if it is in this province's current plan. */
	Optional<PlanItemChoice> find(ProvinceCode province, ResourceRef ref);
}
