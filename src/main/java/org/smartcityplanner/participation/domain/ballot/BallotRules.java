package org.smartcityplanner.participation.domain.ballot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotItem;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.survey.Problem;

/**
 * What a ballot must be before it is stored: a title, a positive budget (every count shares it out), at least two
 * distinct candidate projects each with a positive cost, and for a K-approval ballot a limit between 1 and the
 * number of projects. Every problem names its field.
 */
public final class BallotRules {

	/** Longest title, as the table holds it. */
	public static final int MAX_TITLE = 200;
	/** Longest project title, as the table holds it. */
	public static final int MAX_ITEM_TITLE = 300;
	/** The most projects on one ballot: a ballot people can read on a phone, and a count that stays quick. */
	public static final int MAX_ITEMS = 300;

	private BallotRules() {
	}

	/** @return the problems, empty when the draft may be stored */
	public static List<Problem> check(BallotDraft draft) {
		List<Problem> problems = new ArrayList<>();
		if (draft == null) {
			return List.of(Problem.of("title", "participation.ballot.title.required"));
		}
		if (draft.title() == null || draft.title().isBlank()) {
			problems.add(Problem.of("title", "participation.ballot.title.required"));
		}
		else if (draft.title().strip().length() > MAX_TITLE) {
			problems.add(Problem.of("title", "participation.ballot.title.tooLong", MAX_TITLE));
		}
		if (draft.kind() == null) {
			problems.add(Problem.of("kind", "participation.ballot.kind.required"));
		}
		if (draft.budget() == null || draft.budget().satang() <= 0) {
			problems.add(Problem.of("budget", "participation.ballot.budget.required"));
		}
		checkItems(draft.items(), problems);
		if (draft.kind() == BallotKind.K_APPROVAL) {
			if (draft.maxChoices() == null || draft.maxChoices() < 1 || draft.maxChoices() > draft.items().size()) {
				problems.add(Problem.of("maxChoices", "participation.ballot.maxChoices.range",
						Math.max(1, draft.items().size())));
			}
		}
		else if (draft.maxChoices() != null) {
			problems.add(Problem.of("maxChoices", "participation.ballot.maxChoices.onlyForK"));
		}
		return List.copyOf(problems);
	}

	private static void checkItems(List<BallotItem> items, List<Problem> problems) {
		if (items.size() < 2) {
			problems.add(Problem.of("items", "participation.ballot.items.tooFew"));
			return;
		}
		if (items.size() > MAX_ITEMS) {
			problems.add(Problem.of("items", "participation.ballot.items.tooMany", MAX_ITEMS));
			return;
		}
		Set<String> refs = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			BallotItem item = items.get(i);
			String field = "items[" + i + "]";
			if (!refs.add(item.ref().toString())) {
				problems.add(Problem.of(field + ".ref", "participation.ballot.item.duplicate", item.ref().toString()));
			}
			if (item.title().isBlank() || item.title().strip().length() > MAX_ITEM_TITLE) {
				problems.add(Problem.of(field + ".title", "participation.ballot.item.title", MAX_ITEM_TITLE));
			}
			if (item.cost().satang() <= 0) {
				problems.add(Problem.of(field + ".cost", "participation.ballot.item.cost"));
			}
		}
	}
}
