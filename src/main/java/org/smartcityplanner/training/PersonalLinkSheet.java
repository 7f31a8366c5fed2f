package org.smartcityplanner.training;

import java.util.List;

/**
 * Personal links just issued to trainees of a cohort, to be handed out on paper or sent one by one. The secrets
 * exist only here: the database keeps their hashes, so the same sheet can never be made again, and issuing a new
 * one ends the links on the old one.
 *
 * @param cohort the cohort
 * @param scope whose links were issued
 * @param entries one per trainee, by name
 */
public record PersonalLinkSheet(Cohort cohort, Scope scope, List<Entry> entries) {

	public PersonalLinkSheet {
		entries = List.copyOf(entries);
	}

	/** Whose links a sheet issues. */
	public enum Scope {
		/** Trainees who never had their link in hand (imported ones): no working link is ended. */
		NOT_HANDED_OUT,
		/** Every trainee of the cohort: each one's old link stops working. */
		EVERYONE;

		/** {@code new} or {@code all}, as the page and the API write it; null for anything else. */
		public static Scope parse(String text) {
			if (text == null || text.isBlank() || "new".equals(text.strip())) {
				return NOT_HANDED_OUT;
			}
			return "all".equals(text.strip()) ? EVERYONE : null;
		}
	}

	/**
	 * @param traineeId the trainee
	 * @param fullName their name
	 * @param organisation their organisation
	 * @param link the absolute address of their personal page (it carries the secret)
	 */
	public record Entry(long traineeId, String fullName, String organisation, String link) {
	}
}
