package org.smartcityplanner.participation.internal.idea;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an idea as a plan item the way staff choose it, by the item's reference: only an item of this
 * province's current plan, as the plan's {@link PlanItemCatalogue} lists it, is accepted, and its title is taken
 * from the plan rather than from the request. Anything else (another province's item, one since deleted, a KPI, a
 * made-up reference) is refused naming the field, and nothing is stored.
 */
@Service
public class IdeaDecisions {

	/** The request field that carries the plan item. */
	public static final String PLAN_ITEM = "planItem";

	private final IdeaApi ideas;
	private final ObjectProvider<PlanItemCatalogue> catalogue;

	// a provider: a participation test without the plan module has no catalogue (then nothing can be accepted)
	IdeaDecisions(IdeaApi ideas, ObjectProvider<PlanItemCatalogue> catalogue) {
		this.ideas = ideas;
		this.catalogue = catalogue;
	}

	/** The plan items of the province an idea can become, in plan order; empty before the plan is started. */
	@Transactional(readOnly = true)
	public List<PlanItemChoice> planItems(ProvinceCode province) {
		PlanItemCatalogue plan = catalogue.getIfAvailable();
		return plan == null ? List.of() : plan.items(province);
	}

	/**
	 * Accepts the idea as the plan item the reference names ({@code plan.item:<id>}).
	 *
	 * @throws InputProblemsException naming {@value #PLAN_ITEM} when no item was chosen
	 * @throws NotInProvinceException naming {@value #PLAN_ITEM} when the reference is not an item of this
	 *         province's plan
	 */
	@Transactional
	public IdeaView accept(ProvinceCode province, long id, int version, String planItem) {
		String typed = planItem == null ? "" : planItem.strip();
		if (typed.isEmpty()) {
			throw new InputProblemsException(List.of(Problem.of(PLAN_ITEM, "participation.idea.accept.planItemRequired")));
		}
		PlanItemChoice item = find(province, typed)
			.orElseThrow(() -> new NotInProvinceException(PLAN_ITEM, shorten(typed)));
		return ideas.accept(province, id, version, item.ref(), item.title());
	}

	private Optional<PlanItemChoice> find(ProvinceCode province, String typed) {
		PlanItemCatalogue plan = catalogue.getIfAvailable();
		if (plan == null) {
			return Optional.empty();
		}
		// a bare item id is read as the plan item it names, so a script may send either form
		String text = typed.contains(":") ? typed : PlanItemChoice.TYPE + ":" + typed;
		try {
			return plan.find(province, ResourceRef.parse(text));
		}
		catch (org.smartcityplanner.shared.InvalidInputException notAReference) {
			return Optional.empty();
		}
	}

	/** An unusable value is echoed back at most 64 characters long (a 1 MB value is not repeated). */
	private static String shorten(String typed) {
		return typed.length() > 64 ? typed.substring(0, 64) + "…" : typed;
	}
}
