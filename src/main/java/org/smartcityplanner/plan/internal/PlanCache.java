package org.smartcityplanner.plan.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.internal.PlanHeaderStore.RevisedHeader;
import org.springframework.stereotype.Component;

/**
 * Keeps recently read plans in this node's memory, each under the plan-wide revision it was read at. A plan is
 * reused only while the database still holds that revision, which every change raises in its own transaction;
 * so the cache never serves a stale plan, on this node or any other, and needs no cross-node invalidation.
 * <p>
 * Reading a 700-project plan takes eight queries and tens of milliseconds; checking the revision is the one
 * header query every page makes anyway. A plan read while a change commits may hold items newer than its
 * revision; the next read sees the higher revision and loads again, so that never lasts.
 */
@Component
class PlanCache {

	/** Plans kept per node: the provinces being worked on at once, with room to spare. */
	static final int CAPACITY = 40;

	private final Map<Long, Entry> plans = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
			return size() > CAPACITY;
		}
	};

	/**
	 * The plan of {@code header}, from memory when it was read at the same revision, else from {@code loader}.
	 * The header is always the freshly read one.
	 */
	LoadedPlan get(RevisedHeader header, Supplier<LoadedPlan> loader) {
		long planId = header.header().planId();
		Entry cached;
		synchronized (plans) {
			cached = plans.get(planId);
		}
		if (cached != null && cached.revision() == header.revision()) {
			return new LoadedPlan(header.header(), cached.plan().document(), cached.plan().versions());
		}
		LoadedPlan loaded = loader.get();
		synchronized (plans) {
			Entry current = plans.get(planId);
			if (current == null || current.revision() <= header.revision()) {
				plans.put(planId, new Entry(header.revision(), loaded));
			}
		}
		return loaded;
	}

	private record Entry(long revision, LoadedPlan plan) {
	}
}
