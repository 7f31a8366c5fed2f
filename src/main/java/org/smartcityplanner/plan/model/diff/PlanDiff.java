package org.smartcityplanner.plan.model.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.plan.model.PlanDocument;

/**
 * What changed between two versions of a plan, item by item. Items are matched by their stable
 * {@link org.smartcityplanner.plan.model.ItemId}, so a renamed project is changed, not removed and added.
 */
public final class PlanDiff {

	private PlanDiff() {
	}

	/**
	 * Compares two versions.
	 *
	 * @param older the earlier version
	 * @param newer the later version
	 * @return the differences: the plan itself, its sections, then goals, strategies, projects and KPIs, each in
	 *         the newer version's document order; removed items last, in the older version's order. Empty when
	 *         nothing changed.
	 */
	public static List<ItemChange> between(PlanDocument older, PlanDocument newer) {
		Map<String, Snapshot> before = byKey(Snapshots.of(older));
		Map<String, Snapshot> after = byKey(Snapshots.of(newer));
		List<ItemChange> changes = new ArrayList<>();
		for (Snapshot now : after.values()) {
			Snapshot then = before.get(now.key());
			if (then == null) {
				changes.add(new ItemChange(ChangeType.ADDED, now.kind(), now.id(), now.label(), List.of()));
				continue;
			}
			List<FieldChange> fields = fieldChanges(then, now);
			if (!fields.isEmpty()) {
				changes.add(new ItemChange(ChangeType.CHANGED, now.kind(), now.id(), now.label(), fields));
			}
		}
		for (Snapshot then : before.values()) {
			if (!after.containsKey(then.key())) {
				changes.add(new ItemChange(ChangeType.REMOVED, then.kind(), then.id(), then.label(), List.of()));
			}
		}
		return changes;
	}

	private static List<FieldChange> fieldChanges(Snapshot then, Snapshot now) {
		List<FieldChange> changes = new ArrayList<>();
		now.fields().forEach((field, newValue) -> {
			Snapshot.Value oldValue = then.fields().get(field);
			if (!oldValue.identity().equals(newValue.identity())) {
				changes.add(readable(field, oldValue, newValue));
			}
		});
		return changes;
	}

	/** Two parents with the same title still read differently: their ids tell them apart. */
	private static FieldChange readable(String field, Snapshot.Value oldValue, Snapshot.Value newValue) {
		if (oldValue.text().equals(newValue.text())) {
			return new FieldChange(field, oldValue.text() + " (" + oldValue.identity() + ")",
					newValue.text() + " (" + newValue.identity() + ")");
		}
		return new FieldChange(field, oldValue.text(), newValue.text());
	}

	// an id appearing twice in one document is a data error; the first occurrence wins
	private static Map<String, Snapshot> byKey(List<Snapshot> snapshots) {
		Map<String, Snapshot> byKey = new LinkedHashMap<>();
		snapshots.forEach(snapshot -> byKey.putIfAbsent(snapshot.key(), snapshot));
		return byKey;
	}
}
