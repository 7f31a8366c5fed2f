package org.smartcityplanner.plan.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.ParticipationInput;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanHeader;
import org.smartcityplanner.plan.PlanItemSource;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.smartcityplanner.shared.Utc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links stored by the plan, described by participation: the plan keeps only the reference, so a resolution
 * edited in its minutes shows its current text, and one deleted there simply drops out of the list. A reference
 * is stored only when participation knows it as this province's input; an item only when it is in the plan.
 */
@Service
@Transactional
class PlanItemSourceService implements PlanItemSources {

	/** The reference type participation gives its public ideas. */
	static final String PUBLIC_IDEA = "participation.idea";

	private final JdbcClient jdbc;
	private final PlanHeaderStore headers;
	private final PlanDocumentLoader loader;
	private final ParticipationApi participation;
	private final PlanChanges changes;

	PlanItemSourceService(JdbcClient jdbc, PlanHeaderStore headers, PlanDocumentLoader loader,
			ParticipationApi participation, PlanChanges changes) {
		this.jdbc = jdbc;
		this.headers = headers;
		this.loader = loader;
		this.participation = participation;
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlanItemSource> of(ProvinceCode province, ItemId item) {
		return participation.describe(province, linkedRefs(province, item)).stream()
			.map(input -> new PlanItemSource(item.value(), input)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> counts(ProvinceCode province) {
		Map<String, Integer> counts = new HashMap<>();
		headers.ofProvince(province).ifPresent(plan -> jdbc
			.sql("select item_id, count(*) from pln_item_source where plan_id = ? group by item_id")
			.param(plan.planId()).query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list());
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> fromThePublic(ProvinceCode province) {
		return headers.ofProvince(province)
			.map(plan -> Set.copyOf(jdbc
				.sql("select distinct item_id from pln_item_source where plan_id = ? and source_type = ?")
				.params(plan.planId(), PUBLIC_IDEA).query(String.class).list()))
			.orElse(Set.of());
	}

	@Override
	@Transactional(readOnly = true)
	public List<ParticipationInput> linkable(ProvinceCode province, ItemId item) {
		// the stored references are enough to leave out what is linked: no need to have participation describe them
		Set<ResourceRef> linked = Set.copyOf(linkedRefs(province, item));
		return participation.inputs(province).stream().filter(input -> !linked.contains(input.ref())).toList();
	}

	@Override
	public PlanItemSource link(ProvinceCode province, ItemId item, ResourceRef input) {
		PlanHeader plan = editablePlanHolding(province, item);
		ParticipationInput described = participation.describe(province, List.of(input)).stream().findFirst()
			.orElseThrow(() -> new InvalidInputException("plan.source.unknownInput", input.toString()));
		boolean added = insert(plan.planId(), item, input);
		PlanItemSource source = new PlanItemSource(item.value(), described);
		if (added) {
			changes.audit(province, "plan-item-source", item.value(), "linked", null, input.toString());
		}
		return source;
	}

	/**
	 * Links an idea staff accepted to the item it became. Unlike an editor's link this needs no editable plan:
	 * the decision was taken in participation and the link records where the item came from without changing
	 * what the plan says, so even an approved plan shows it. An item no longer in the plan is not linked.
	 *
	 * @return whether a link was added (not when it was there already or the item is gone)
	 */
	boolean linkAcceptedIdea(ProvinceCode province, ItemId item, ResourceRef idea) {
		Optional<PlanHeader> header = headers.ofProvince(province);
		if (header.isEmpty() || !PlanItems.contains(loader.load(header.get()).document(), item)) {
			return false;
		}
		boolean added = insert(header.get().planId(), item, idea);
		if (added) {
			changes.audit(province, "plan-item-source", item.value(), "linked", null, idea.toString());
		}
		return added;
	}

	/** Inserts a link unless it is there; {@code false} when it was (also when a parallel request just added it). */
	private boolean insert(long planId, ItemId item, ResourceRef input) {
		try {
			return jdbc.sql("""
					insert into pln_item_source (plan_id, item_id, source_type, source_id, linked_by, linked_at)
					select ?, ?, ?, ?, ?, ? where not exists (select 1 from pln_item_source
					where plan_id = ? and item_id = ? and source_type = ? and source_id = ?)""")
				.params(planId, item.value(), input.type(), input.id(), changes.actor(), Utc.now(), planId,
					item.value(), input.type(), input.id())
				.update() == 1;
		}
		catch (DuplicateKeyException raced) {
			// another request linked the same input a moment earlier: the link is there, as asked
			return false;
		}
	}

	@Override
	public boolean unlink(ProvinceCode province, ItemId item, ResourceRef input) {
		PlanHeader plan = editablePlanHolding(province, item);
		boolean removed = jdbc.sql("""
				delete from pln_item_source where plan_id = ? and item_id = ? and source_type = ? and source_id = ?""")
			.params(plan.planId(), item.value(), input.type(), input.id()).update() == 1;
		if (removed) {
			changes.audit(province, "plan-item-source", item.value(), "unlinked", input.toString(), null);
		}
		return removed;
	}

	/** The references linked to the item, in the order they were linked. */
	private List<ResourceRef> linkedRefs(ProvinceCode province, ItemId item) {
		return headers.ofProvince(province)
			.map(plan -> jdbc.sql("""
					select source_type, source_id from pln_item_source where plan_id = ? and item_id = ? order by id""")
				.params(plan.planId(), item.value())
				.query((rs, row) -> new ResourceRef(rs.getString(1), rs.getString(2))).list())
			.orElse(List.of());
	}

	private PlanHeader editablePlanHolding(ProvinceCode province, ItemId item) {
		PlanHeader header = headers.ofProvince(province)
			.orElseThrow(() -> new InvalidInputException("plan.rule.noPlan"));
		header.requireEditable();
		LoadedPlan plan = loader.load(header);
		if (!PlanItems.contains(plan.document(), item)) {
			throw new InvalidInputException("plan.rule.itemMissing", item);
		}
		return header;
	}
}
