package org.smartcityplanner.engagement.domain.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules for saving a team the admin chose (possibly after swapping people): 4–6 members, the lead a senior
 * consultant on the team, and nobody pushed over their cap by this engagement.
 */
public final class TeamCheck {

	private TeamCheck() {
	}

	/**
	 * What stops the team from being saved; empty when it may be saved.
	 *
	 * @param members the chosen consultants, with their load from other engagements in the period
	 * @param leadId the chosen lead's account id, or {@code null}
	 */
	public static List<Problem> problems(List<Candidate> members, Long leadId) {
		List<Problem> problems = new ArrayList<>();
		if (members.size() < TeamRequest.MIN_SIZE || members.size() > TeamRequest.MAX_SIZE) {
			problems.add(new Problem(Problem.Kind.SIZE, null, members.size(), 0));
		}
		Candidate lead = members.stream().filter(m -> leadId != null && m.id() == leadId).findFirst().orElse(null);
		if (lead == null || !lead.senior()) {
			problems.add(new Problem(Problem.Kind.LEAD_NOT_SENIOR, leadId, 0, 0));
		}
		for (Candidate member : members) {
			if (member.load() + 1 > member.cap()) {
				problems.add(new Problem(Problem.Kind.OVER_CAP, member.id(), member.load() + 1, member.cap()));
			}
		}
		return problems;
	}

	/**
	 * One reason the team cannot be saved.
	 *
	 * @param kind which rule
	 * @param consultantId who it is about, or {@code null}
	 * @param count team size ({@link Kind#SIZE}) or engagements in the period with this one ({@link Kind#OVER_CAP})
	 * @param cap the consultant's cap ({@link Kind#OVER_CAP})
	 */
	public record Problem(Kind kind, Long consultantId, int count, int cap) {

		/** The rules. */
		public enum Kind {
			SIZE, LEAD_NOT_SENIOR, OVER_CAP
		}
	}
}
