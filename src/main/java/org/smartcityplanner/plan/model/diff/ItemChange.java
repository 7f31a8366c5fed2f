package org.smartcityplanner.plan.model.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan item that differs between two versions.
 *
 * @param type added, removed or changed
 * @param kind one of {@link #PLAN}, {@link #SECTION}, {@link #GOAL}, {@link #STRATEGY}, {@link #PROJECT},
 *        {@link #KPI}
 * @param id the item id; {@code plan} for the plan itself, the component name (e.g. {@code dataSecurity}) for a
 *        section
 * @param label what to call it: its title or name in the newer version, or in the older one when removed
 * @param fields the changed fields; empty for added and removed items
 */
public record ItemChange(ChangeType type, String kind, String id, String label, List<FieldChange> fields) {

	public static final String PLAN = "PLAN";
	public static final String SECTION = "SECTION";
	public static final String GOAL = "GOAL";
	public static final String STRATEGY = "STRATEGY";
	public static final String PROJECT = "PROJECT";
	public static final String KPI = "KPI";

	/** The id of the one {@link #PLAN} item. */
	public static final String PLAN_ID = "plan";

	public ItemChange {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		fields = List.copyOf(fields);
	}

	/** The change of one field, if it changed. */
	public Optional<FieldChange> field(String name) {
		return fields.stream().filter(field -> field.field().equals(name)).findFirst();
	}
}
