package org.smartcityplanner.participation.domain.group;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.GroupRole;

/**
 * Who joined, who left and whose role changed between two appointment orders, by member id. The first order
 * appoints everyone it lists.
 */
public final class OrderDiff {

	/** A member as an order listed them. */
	public record Entry(long memberId, String name, GroupRole role) {
	}

	/** A role that changed from one order to the next. */
	public record RoleChange(Entry before, Entry after) {
	}

	/** The differences, each list in the order of the later (or earlier, for those who left) order. */
	public record Result(List<Entry> joined, List<Entry> left, List<RoleChange> roleChanged) {

		public boolean isEmpty() {
			return joined.isEmpty() && left.isEmpty() && roleChanged.isEmpty();
		}
	}

	private OrderDiff() {
	}

	public static Result between(List<Entry> previous, List<Entry> next) {
		Map<Long, Entry> before = new LinkedHashMap<>();
		previous.forEach(e -> before.put(e.memberId(), e));
		Map<Long, Entry> after = new LinkedHashMap<>();
		next.forEach(e -> after.put(e.memberId(), e));
		List<Entry> joined = new ArrayList<>();
		List<RoleChange> changed = new ArrayList<>();
		for (Entry entry : next) {
			Entry old = before.get(entry.memberId());
			if (old == null) {
				joined.add(entry);
			}
			else if (old.role() != entry.role()) {
				changed.add(new RoleChange(old, entry));
			}
		}
		List<Entry> left = previous.stream().filter(e -> !after.containsKey(e.memberId())).toList();
		return new Result(List.copyOf(joined), left, List.copyOf(changed));
	}
}
