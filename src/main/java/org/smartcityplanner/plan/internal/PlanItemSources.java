package org.smartcityplanner.plan.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.participation.ParticipationInput;
import org.smartcityplanner.plan.PlanItemSource;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * Links between plan items and what the people said (participation's resolutions and findings): read by every
 * member of the province, written by the plan's editors while the plan is editable.
 */
public interface PlanItemSources {

	/** The inputs linked to one item of the province's plan, in the order they were linked. */
	List<PlanItemSource> of(ProvinceCode province, ItemId item);

	/** How many inputs each item of the province's plan has, by item id; items without any are absent. */
	Map<String, Integer> counts(ProvinceCode province);

	/** The items of the province's plan that a public idea became (staff accepted it as that item), by item id. */
	Set<String> fromThePublic(ProvinceCode province);

	/** The province's inputs not yet linked to this item, for an editor to choose from. */
	List<ParticipationInput> linkable(ProvinceCode province, ItemId item);

	/**
	 * Links an input to an item; linking one already linked changes nothing.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the item is not in the plan, the plan is
	 *         not editable, or the input is not one of the province's
	 */
	PlanItemSource link(ProvinceCode province, ItemId item, ResourceRef input);

	/** Removes a link; {@code false} when there was none. */
	boolean unlink(ProvinceCode province, ItemId item, ResourceRef input);
}
