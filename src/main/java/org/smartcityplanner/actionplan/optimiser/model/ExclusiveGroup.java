package org.smartcityplanner.actionplan.optimiser.model;

import java.util.Set;

/**
 * Alternatives of which at most one may be funded (e.g. two designs of the same system).
 *
 * @param groupId stable id shown in explanations
 * @param projectIds the alternatives
 */
public record ExclusiveGroup(String groupId, Set<String> projectIds) {

	public ExclusiveGroup {
		projectIds = Set.copyOf(projectIds);
	}
}
