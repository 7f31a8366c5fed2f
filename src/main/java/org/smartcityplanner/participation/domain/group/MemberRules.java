package org.smartcityplanner.participation.domain.group;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.GroupRole;
import org.smartcityplanner.participation.Sector;

/** What a working-group member needs: a name, a position, an organisation, one of the six sectors and a role. */
public final class MemberRules {

	public static final int NAME_MAX = 200;
	public static final int POSITION_MAX = 200;
	public static final int ORGANISATION_MAX = 300;

	private MemberRules() {
	}

	/** The problems of the fields, empty when the member can be saved. */
	public static List<Problem> problemsOf(String fullName, String position, String organisation, String sector,
			String role) {
		List<Problem> problems = new ArrayList<>();
		TextRules.required(problems, "fullName", fullName, NAME_MAX);
		TextRules.required(problems, "position", position, POSITION_MAX);
		TextRules.required(problems, "organisation", organisation, ORGANISATION_MAX);
		if (Sector.parse(sector) == null) {
			problems.add(Problem.of("sector", "participation.field.sector.required"));
		}
		if (GroupRole.parse(role) == null) {
			problems.add(Problem.of("role", "participation.field.role.required"));
		}
		return problems;
	}
}
