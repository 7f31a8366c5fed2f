package org.smartcityplanner.plan;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Comments on plan items: every member of the province may comment; the plan's editors mark them resolved.
 */
public interface PlanComments {

	/** Maximum length of a comment, in characters. */
	int MAX_LENGTH = 4000;

	/** Comments on one item, oldest first. */
	List<PlanComment> of(ProvinceCode province, ItemId item);

	/** Number of open (unresolved) comments per item id. */
	Map<String, Integer> openCounts(ProvinceCode province);

	/** Adds a comment by the current user. */
	PlanComment add(ProvinceCode province, ItemId item, String body);

	/** Marks a comment resolved by the current user; {@code false} when it is not in this province's plan. */
	boolean resolve(ProvinceCode province, long commentId);
}
