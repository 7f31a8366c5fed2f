package org.smartcityplanner.training.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.smartcityplanner.training.FieldProblem;
import org.smartcityplanner.training.Sector;
import org.smartcityplanner.training.TraineeDraft;

/**
 * What a trainee record needs: a name, an organisation, a known sector, and a way to reach them (a valid Thai
 * phone number or e-mail address — at least one, and each one given must be valid).
 */
public final class TraineeRules {

	static final int MAX_NAME = 200;
	static final int MAX_ORGANISATION = 300;
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private TraineeRules() {
	}

	public static List<FieldProblem> problemsOf(TraineeDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(draft.fullName())) {
			problems.add(FieldProblem.of("fullName", "training.trainee.name.required"));
		}
		else if (draft.fullName().strip().length() > MAX_NAME) {
			problems.add(FieldProblem.of("fullName", "training.trainee.tooLong", MAX_NAME));
		}
		if (blank(draft.organisation())) {
			problems.add(FieldProblem.of("organisation", "training.trainee.organisation.required"));
		}
		else if (draft.organisation().strip().length() > MAX_ORGANISATION) {
			problems.add(FieldProblem.of("organisation", "training.trainee.tooLong", MAX_ORGANISATION));
		}
		if (Sector.parse(draft.sector()) == null) {
			problems.add(blank(draft.sector()) ? FieldProblem.of("sector", "training.trainee.sector.required")
					: FieldProblem.of("sector", "training.trainee.sector.unknown", draft.sector().strip()));
		}
		if (!blank(draft.jobTitle()) && draft.jobTitle().strip().length() > MAX_NAME) {
			problems.add(FieldProblem.of("jobTitle", "training.trainee.tooLong", MAX_NAME));
		}
		boolean phoneGiven = !blank(draft.phone());
		boolean emailGiven = !blank(draft.email());
		if (!phoneGiven && !emailGiven) {
			problems.add(FieldProblem.of("phone", "training.trainee.contact.required"));
		}
		if (phoneGiven && ThaiPhone.normalise(draft.phone()).isEmpty()) {
			problems.add(FieldProblem.of("phone", "training.trainee.phone.invalid", draft.phone().strip()));
		}
		if (emailGiven && (draft.email().strip().length() > MAX_NAME || !EMAIL.matcher(draft.email().strip()).matches())) {
			problems.add(FieldProblem.of("email", "training.trainee.email.invalid", draft.email().strip()));
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
