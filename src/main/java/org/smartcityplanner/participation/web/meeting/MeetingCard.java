package org.smartcityplanner.participation.web.meeting;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.ActionCounts;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.web.LandingCard;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The meetings' card on the landing page: meetings, people present in all, follow-up actions, and a warning for
 * overdue actions (the meetings' own figures).
 */
@Component
class MeetingCard implements LandingCard {

	private final MeetingApi meetings;

	MeetingCard(MeetingApi meetings) {
		this.meetings = meetings;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Card card(ProvinceCode province) {
		Map<Long, MeetingCounts> counts = meetings.counts(province);
		long present = counts.values().stream().mapToLong(MeetingCounts::present).sum();
		ActionCounts actions = meetings.actionCounts(province);
		return new Card("participation.meetings.title", "participation.meetings.card",
				"/p/" + province.value() + "/participation/meetings",
				List.of(new Figure("participation.meetings.figure.meetings", meetings.meetings(province).size()),
						new Figure("participation.meetings.figure.present", present),
						new Figure("participation.meetings.figure.actions", actions.total())),
				actions.overdue() == 0 ? null : "participation.meetings.figure.overdue", List.of(actions.overdue()));
	}
}
