package org.smartcityplanner.participation;

import java.time.Instant;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A meeting or workshop as pages, the API and documents show it.
 *
 * @param id id
 * @param province the province holding it
 * @param details when, where, what
 * @param agenda the five agenda items in order
 * @param letter the invitation letter's fields
 * @param minutes the minutes' header fields
 * @param version optimistic-lock version to send back with a change
 */
public record Meeting(long id, ProvinceCode province, MeetingDraft details, List<AgendaItem> agenda,
		InvitationLetter letter, MinutesHeader minutes, int version) {

	public Meeting {
		agenda = List.copyOf(agenda);
	}

	public MeetingKind kind() {
		return details.kind();
	}

	public String title() {
		return details.title();
	}

	public Instant startsAt() {
		return details.startsAt();
	}

	public Instant endsAt() {
		return details.endsAt();
	}
}
