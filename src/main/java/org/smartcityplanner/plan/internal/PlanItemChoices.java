package org.smartcityplanner.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.participation.spi.PlanItemKind;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's side of participation's {@link PlanItemCatalogue}: the goals, strategies and projects a public idea
 * can become, referred to by the same item id the plan's links to participation store ({@code pln_item_source}).
 * KPIs are left out: an idea becomes something the plan does, a KPI only measures it.
 */
@Component
@Transactional(readOnly = true)
class PlanItemChoices implements PlanItemCatalogue {

	private static final Pattern REFERABLE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final PlanApi plans;

	PlanItemChoices(PlanApi plans) {
		this.plans = plans;
	}

	@Override
	public List<PlanItemChoice> items(ProvinceCode province) {
		List<PlanItemChoice> items = new ArrayList<>();
		plans.plan(province).ifPresent(plan -> {
			for (Goal goal : plan.document().goals()) {
				add(items, goal.id(), goal.title(), goal.dimension(), PlanItemKind.GOAL);
				for (Strategy strategy : goal.strategies()) {
					add(items, strategy.id(), strategy.title(), goal.dimension(), PlanItemKind.STRATEGY);
					strategy.projects().forEach(project -> add(items, project.id(), project.name(), goal.dimension(),
							PlanItemKind.PROJECT));
				}
			}
		});
		return items;
	}

	@Override
	public Optional<PlanItemChoice> find(ProvinceCode province, ResourceRef ref) {
		if (!PlanItemChoice.TYPE.equals(ref.type())) {
			return Optional.empty();
		}
		return items(province).stream().filter(item -> item.ref().equals(ref)).findFirst();
	}

	/** The reference participation stores for a plan item. */
	static ResourceRef refOf(ItemId id) {
		return new ResourceRef(PlanItemChoice.TYPE, id.value());
	}

	private static void add(List<PlanItemChoice> items, ItemId id, String title, String dimension,
			PlanItemKind kind) {
		// ids are UUIDs the plan assigns; an imported plan may carry other text, which a reference cannot hold
		if (REFERABLE.matcher(id.value()).matches()) {
			items.add(new PlanItemChoice(refOf(id), title, dimension, kind));
		}
	}
}
