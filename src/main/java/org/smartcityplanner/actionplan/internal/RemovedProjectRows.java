package org.smartcityplanner.actionplan.internal;

import java.util.List;

import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ProjectBudget;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the live action-plan rows of a project that left the master plan, always within one province: an id
 * from another province's event must never touch this province's rows. Saved optimiser runs are not touched;
 * they are history and keep their inputs.
 */
@Component
class RemovedProjectRows {

	/** The per-project tables, each with {@code project_id} and {@code province_code}. */
	private static final List<String> TABLES = List.of("acp_budget_line", "acp_funding_split", "acp_score",
			"acp_proposal", "acp_action_item", "acp_project");

	/**
	 * What was removed, kept in the audit log so the history of a deleted project can still be read.
	 *
	 * @param budget its settings, budget sheet and scores, or {@code null} if it had none
	 * @param proposalSources the sources it had a proposal form for
	 * @param actionItems its adopted action items, whatever their status
	 * @param dependentsCleared projects of the province that depended on it and no longer do
	 */
	record Removed(ProjectBudget budget, List<String> proposalSources, List<ActionItem> actionItems,
			List<String> dependentsCleared) {

		boolean isEmpty() {
			return budget == null && proposalSources.isEmpty() && actionItems.isEmpty() && dependentsCleared.isEmpty();
		}
	}

	private final JdbcClient jdbc;
	private final ProjectStore projects;
	private final ActionItemStore items;

	RemovedProjectRows(JdbcClient jdbc, ProjectStore projects, ActionItemStore items) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.items = items;
	}

	/** Removes the project's rows and returns what they were; removing again finds nothing and changes nothing. */
	Removed remove(ProvinceCode province, String projectId) {
		String code = province.value();
		// Two deliveries of one event may run at once (a republish, or two nodes): locking the rows first makes the
		// second wait for the first and then find nothing, so the removal is audited once.
		for (String table : TABLES) {
			jdbc.sql("select project_id from " + table + " where province_code = ? and project_id = ? for update")
				.params(code, projectId).query(String.class).list();
		}
		ProjectBudget budget = projects.ofProvince(province).get(projectId);
		List<String> sources = jdbc.sql("""
				select source_code from acp_proposal where province_code = ? and project_id = ? order by source_code""")
			.params(code, projectId).query(String.class).list();
		List<ActionItem> removedItems = items.ofProvince(province).stream()
			.filter(item -> item.projectId().equals(projectId)).toList();
		List<String> dependents = jdbc.sql("""
				select project_id from acp_project where province_code = ? and depends_on = ? order by project_id""")
			.params(code, projectId).query(String.class).list();
		// a dependency on a project that is gone can never be met; the optimiser ignores it, so the form should too
		jdbc.sql("""
				update acp_project set depends_on = null, version = version + 1 where province_code = ? and depends_on = ?""")
			.params(code, projectId).update();
		for (String table : TABLES) {
			jdbc.sql("delete from " + table + " where province_code = ? and project_id = ?").params(code, projectId)
				.update();
		}
		return new Removed(budget, sources, removedItems, dependents);
	}
}
