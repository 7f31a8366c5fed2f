package org.smartcityplanner.actionplan;

import org.smartcityplanner.actionplan.rules.ProjectType;

/**
 * How the optimiser treats a project.
 *
 * @param type the project type budget sources look at, or {@code null} while not set
 * @param mandatory whether every portfolio must fund it
 * @param exclusiveGroup a name shared by alternatives of which at most one is funded; blank for none
 * @param dependsOn id of the project it needs (funded, and starting no later), or {@code null}
 * @param maxShiftYears how many fiscal years later than planned it may start (0: only as planned)
 */
public record ProjectSettings(ProjectType type, boolean mandatory, String exclusiveGroup, String dependsOn,
		int maxShiftYears) {

	public static final ProjectSettings DEFAULT = new ProjectSettings(null, false, "", null, 0);

	public ProjectSettings {
		exclusiveGroup = exclusiveGroup == null ? "" : exclusiveGroup.strip();
		dependsOn = dependsOn == null || dependsOn.isBlank() ? null : dependsOn;
	}
}
