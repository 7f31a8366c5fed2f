package org.smartcityplanner.participation.domain.meeting;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;

/**
 * What a meeting's inputs must satisfy before anything is stored. Every rule names the field it concerns, so pages
 * put the message next to it and the API names it. Lengths match the columns: a 10 MB field is refused here, not
 * by the database.
 */
public final class MeetingRules {

	/** The longest meeting: a workshop over two days is two meetings. */
	public static final Duration LONGEST = Duration.ofHours(12);
	/** Agenda items of a Thai meeting (ระเบียบวาระที่ ๑–๕). */
	public static final int AGENDA_ITEMS = 5;

	private MeetingRules() {
	}

	public static List<FieldIssue> check(MeetingDraft draft) {
		Issues issues = new Issues().present("kind", draft.kind())
			.required("title", draft.title(), 300)
			.optional("seqNo", draft.seqNo(), 40)
			.required("venue", draft.venue(), 300)
			.present("startsAt", draft.startsAt())
			.present("endsAt", draft.endsAt());
		if (draft.startsAt() != null && draft.endsAt() != null) {
			if (!draft.endsAt().isAfter(draft.startsAt())) {
				issues.add(new FieldIssue("endsAt", "endBeforeStart", 0));
			}
			else if (Duration.between(draft.startsAt(), draft.endsAt()).compareTo(LONGEST) > 0) {
				issues.add(new FieldIssue("endsAt", "tooLongMeeting", (int) LONGEST.toHours()));
			}
		}
		if (draft.kind() == MeetingKind.AREA_WORKSHOP && draft.targetAreaId() == null) {
			issues.add(FieldIssue.required("targetAreaId"));
		}
		if (draft.agenda().size() > AGENDA_ITEMS) {
			issues.add(new FieldIssue("agenda", "tooMany", AGENDA_ITEMS));
		}
		for (AgendaItem item : draft.agenda()) {
			String field = "agenda[" + (item.position() - 1) + "]";
			issues.optional(field + ".title", item.title(), 300).optional(field + ".details", item.details(), 4000);
		}
		return issues.list();
	}

	public static List<FieldIssue> check(InvitationLetter letter) {
		return new Issues().optional("letterNo", letter.letterNo(), 100)
			.optional("issuingOffice", letter.issuingOffice(), 300)
			.required("addressee", letter.addressee(), 300)
			.optional("referenceText", letter.referenceText(), 1000)
			.optional("enclosures", letter.enclosures(), 1000)
			.required("body", letter.body(), 4000)
			.required("signerName", letter.signerName(), 200)
			.optional("signerPosition", letter.signerPosition(), 300)
			.list();
	}

	public static List<FieldIssue> check(MinutesDraft minutes) {
		MinutesHeader header = minutes.header();
		Issues issues = new Issues().optional("chairName", header.chairName(), 200)
			.optional("recorderName", header.recorderName(), 200)
			.optional("reviewerName", header.reviewerName(), 200);
		LocalTime opened = time(issues, "openedAt", header.openedAt(), true);
		LocalTime closed = time(issues, "closedAt", header.closedAt(), false);
		if (opened != null && closed != null && !closed.isAfter(opened)) {
			issues.add(new FieldIssue("closedAt", "closedBeforeOpened", 0));
		}
		if (minutes.discussions().size() > AGENDA_ITEMS) {
			issues.add(new FieldIssue("discussions", "tooMany", AGENDA_ITEMS));
		}
		for (int i = 0; i < minutes.discussions().size(); i++) {
			issues.optional("discussions[" + i + "]", minutes.discussions().get(i), 8000);
		}
		return issues.list();
	}

	public static List<FieldIssue> check(AttendeeDraft person) {
		return new Issues().required("fullName", person.fullName(), 200)
			.required("organisation", person.organisation(), 300)
			.optional("positionTitle", person.positionTitle(), 200)
			.present("sector", person.sector())
			.list();
	}

	public static List<FieldIssue> checkResolution(int agendaPosition, String text, List<ActionDraft> actions) {
		Issues issues = new Issues().required("text", text, 4000);
		if (agendaPosition < 1 || agendaPosition > AGENDA_ITEMS) {
			issues.add(new FieldIssue("agendaPosition", "agendaPosition", AGENDA_ITEMS));
		}
		for (int i = 0; i < actions.size(); i++) {
			check(issues, "actions[" + i + "].", actions.get(i));
		}
		return issues.list();
	}

	public static List<FieldIssue> check(ActionDraft action) {
		return check(new Issues(), "", action).list();
	}

	private static Issues check(Issues issues, String prefix, ActionDraft action) {
		return issues.required(prefix + "description", action.description(), 1000)
			.required(prefix + "ownerName", action.ownerName(), 200);
	}

	/** "HH:mm", or empty where allowed; null when missing or wrong. */
	private static LocalTime time(Issues issues, String field, String value, boolean required) {
		if (value == null || value.isEmpty()) {
			if (required) {
				issues.add(FieldIssue.required(field));
			}
			return null;
		}
		try {
			if (value.length() != 5) {
				throw new DateTimeParseException("HH:mm", value, 0);
			}
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException e) {
			issues.add(new FieldIssue(field, "badTime", 0));
			return null;
		}
	}
}
