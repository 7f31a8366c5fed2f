package org.smartcityplanner.plan.model.readiness;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.Project;

/**
 * A plan item's name as a finding's argument: the Thai name, and the English one for English texts (empty when
 * the plan has none). Its text is the Thai name, so a finding reads in Thai as it always did.
 *
 * @param thai the name as written in the plan
 * @param english the English name, empty when not translated
 */
public record ItemName(String thai, String english) {

	public ItemName {
		thai = thai == null ? "" : thai;
		english = english == null ? "" : english.strip();
	}

	static ItemName of(Goal goal) {
		return new ItemName(goal.title(), goal.titleEn());
	}

	static ItemName of(Project project) {
		return new ItemName(project.name(), project.nameEn());
	}

	static ItemName of(Kpi kpi) {
		return new ItemName(kpi.name(), kpi.nameEn());
	}

	@Override
	public String toString() {
		return thai;
	}
}
