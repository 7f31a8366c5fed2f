package org.smartcityplanner.actionplan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.CandidateProject;

/** Finds the dependency cycle a new "depends on" link would close. */
final class DependencyCycles {

	private DependencyCycles() {
	}

	/**
	 * The project names around the cycle that {@code projectId → requiredId} would close (starting and ending with
	 * the project), or an empty list when it closes none. Each project depends on at most one other.
	 */
	static List<String> cycleThrough(String projectId, String requiredId, List<CandidateProject> projects) {
		Map<String, String> next = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (CandidateProject project : projects) {
			names.put(project.id(), project.name());
			if (project.budget().settings().dependsOn() != null) {
				next.put(project.id(), project.budget().settings().dependsOn());
			}
		}
		next.put(projectId, requiredId);
		List<String> path = new ArrayList<>();
		path.add(names.getOrDefault(projectId, projectId));
		String current = requiredId;
		for (int steps = 0; current != null && steps <= projects.size(); steps++) {
			path.add(names.getOrDefault(current, current));
			if (current.equals(projectId)) {
				return path;
			}
			current = next.get(current);
		}
		return List.of();
	}
}
