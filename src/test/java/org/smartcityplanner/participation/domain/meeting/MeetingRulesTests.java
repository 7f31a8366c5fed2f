package org.smartcityplanner.participation.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.Sector;

class MeetingRulesTests {

	static final Instant NINE = Instant.parse("2026-12-14T02:00:00Z");

	static MeetingDraft meeting(MeetingKind kind, Instant starts, Instant ends, Long area) {
		return new MeetingDraft(kind, "1/2569", "ประชุมคณะทำงาน", starts, ends, "ศาลากลาง", area, false, List.of());
	}

	static List<String> fields(List<FieldIssue> issues) {
		return issues.stream().map(i -> i.field() + ":" + i.code()).toList();
	}

	@Test
	void acceptsAnOrdinaryMeeting() {
		assertThat(MeetingRules.check(meeting(MeetingKind.WORKING_GROUP, NINE, NINE.plusSeconds(3 * 3600), null)))
			.isEmpty();
	}

	@Test
	void refusesAMeetingThatEndsBeforeItStartsOrLastsLongerThanTwelveHours() {
		assertThat(fields(MeetingRules.check(meeting(MeetingKind.WORKING_GROUP, NINE, NINE, null))))
			.containsExactly("endsAt:endBeforeStart");
		assertThat(fields(MeetingRules.check(meeting(MeetingKind.WORKING_GROUP, NINE, NINE.plusSeconds(13 * 3600), null))))
			.containsExactly("endsAt:tooLongMeeting");
	}

	@Test
	void anAreaWorkshopNeedsItsTargetArea() {
		assertThat(fields(MeetingRules.check(meeting(MeetingKind.AREA_WORKSHOP, NINE, NINE.plusSeconds(3600), null))))
			.containsExactly("targetAreaId:required");
		assertThat(MeetingRules.check(meeting(MeetingKind.AREA_WORKSHOP, NINE, NINE.plusSeconds(3600), 7L))).isEmpty();
	}

	@Test
	void namesEveryMissingFieldAndRefusesOversizedOrControlText() {
		var blank = new MeetingDraft(null, "", " ", null, null, "", null, false, List.of());
		assertThat(fields(MeetingRules.check(blank))).containsExactly("kind:required", "title:required",
				"venue:required", "startsAt:required", "endsAt:required");
		var huge = new MeetingDraft(MeetingKind.PUBLIC_HEARING, "", "x".repeat(10_000_000), NINE,
				NINE.plusSeconds(60), "ห้อง\u0007ประชุม", null, true, List.of(new AgendaItem(1, "t", "d".repeat(4001), "")));
		assertThat(fields(MeetingRules.check(huge))).containsExactly("title:tooLong", "venue:control",
				"agenda[0].details:tooLong");
	}

	@Test
	void theMinutesNeedAnOpeningTimeAndCloseAfterIt() {
		MinutesDraft fine = new MinutesDraft(new MinutesHeader("ประธาน", "09:00", "12:00", "", ""), List.of(), 0);
		assertThat(MeetingRules.check(fine)).isEmpty();
		MinutesDraft wrong = new MinutesDraft(new MinutesHeader("", "9 โมง", "", "", ""), List.of(), 0);
		assertThat(fields(MeetingRules.check(wrong))).containsExactly("openedAt:badTime");
		MinutesDraft reversed = new MinutesDraft(new MinutesHeader("", "13:00", "12:00", "", ""), List.of(), 0);
		assertThat(fields(MeetingRules.check(reversed))).containsExactly("closedAt:closedBeforeOpened");
		MinutesDraft none = new MinutesDraft(new MinutesHeader("", "", "", "", ""), List.of("", "", "", "", "", ""), 0);
		assertThat(fields(MeetingRules.check(none))).containsExactly("openedAt:required", "discussions:tooMany");
	}

	@Test
	void aResolutionNeedsTextAnAgendaItemAndActionsWithAnOwner() {
		assertThat(MeetingRules.checkResolution(4, "เห็นชอบ", List.of(new ActionDraft("ทำ", "จังหวัด", null, null))))
			.isEmpty();
		assertThat(fields(MeetingRules.checkResolution(6, "", List.of(new ActionDraft("ทำ", "", null, null)))))
			.containsExactly("text:required", "agendaPosition:agendaPosition", "actions[0].ownerName:required");
	}

	@Test
	void anAttendeeNeedsNameOrganisationAndSector() {
		assertThat(MeetingRules.check(new AttendeeDraft("นางสาวทดสอบ ใจดี", "อบจ.", "", Sector.LOCAL_GOVERNMENT, null)))
			.isEmpty();
		assertThat(fields(MeetingRules.check(new AttendeeDraft("", "", "", null, null))))
			.containsExactly("fullName:required", "organisation:required", "sector:required");
	}

	@Test
	void aLetterNeedsAddresseeBodyAndSigner() {
		assertThat(fields(MeetingRules.check(InvitationLetter.blank()))).containsExactly("addressee:required",
				"body:required", "signerName:required");
	}
}
