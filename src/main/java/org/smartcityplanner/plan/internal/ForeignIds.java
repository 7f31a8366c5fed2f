package org.smartcityplanner.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses ids a request carries that belong to another province, before anything is stored: target areas (owned
 * by the profile, asked through its API) and the ids of new plan items (item ids are unique across provinces, so
 * an id another province uses would otherwise fail deep in the database).
 */
@Component
class ForeignIds {

	/** Ids per query, well under every database's limit on parameters. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;
	private final ProfileApi profile;

	ForeignIds(JdbcClient jdbc, ProfileApi profile) {
		this.jdbc = jdbc;
		this.profile = profile;
	}

	/**
	 * @throws NotInProvinceException naming {@code targetAreaIds} when a project names an area the province does
	 *         not have
	 */
	void requireOwnAreas(ProvinceCode province, Collection<Project> projects) {
		Set<Long> wanted = new HashSet<>();
		projects.forEach(project -> wanted.addAll(project.targetAreaIds()));
		if (wanted.isEmpty()) {
			return;
		}
		Set<Long> own = new HashSet<>(profile.areasOf(province).stream().map(TargetAreaView::id).toList());
		// sorted, so the answer names the same id whatever order the request listed them in
		InProvince.requireAll(wanted.stream().sorted().toList(), own::contains, "targetAreaIds");
	}

	/**
	 * @param field the request field that carried the ids, for the answer
	 * @throws NotInProvinceException when one of {@code ids} names an item of another plan
	 */
	void requireNotElsewhere(long planId, Collection<ItemId> ids, String field) {
		List<String> values = ids.stream().map(ItemId::value).distinct().toList();
		for (int from = 0; from < values.size(); from += CHUNK) {
			List<String> chunk = new ArrayList<>(values.subList(from, Math.min(values.size(), from + CHUNK)));
			jdbc.sql("""
					select id from pln_goal where plan_id <> :plan and id in (:ids) union all
					select id from pln_strategy where plan_id <> :plan and id in (:ids) union all
					select id from pln_project where plan_id <> :plan and id in (:ids) union all
					select id from pln_kpi where plan_id <> :plan and id in (:ids)""")
				.param("plan", planId).param("ids", chunk).query(String.class).list().stream().sorted().findFirst()
				.ifPresent(taken -> {
					throw new NotInProvinceException(field, taken);
				});
		}
	}
}
