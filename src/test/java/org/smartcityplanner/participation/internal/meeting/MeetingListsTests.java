package org.smartcityplanner.participation.internal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.ParticipationApi;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.SqlStatementCounter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The province-wide reads of meetings on H2 and PostgreSQL: resolutions in one read for all meetings (the
 * statistics, the plan's sources and the book used to read them meeting by meeting), and the list in pages.
 * Works in TH-86 (Chumphon); other tests may add meetings there, so expectations come from the full list.
 */
@DatabaseTest
class MeetingListsTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-86");

	@Autowired
	MeetingApi meetings;
	@Autowired
	ParticipationApi participation;

	private Meeting resolvedMeeting(String title) {
		Meeting meeting = meetings.plan(PROVINCE, MeetingFixtures.ended(title));
		meetings.resolve(PROVINCE, meeting.id(), 4, "เห็นชอบ" + title, List.of());
		meetings.resolve(PROVINCE, meeting.id(), 3, "รับทราบ" + title, List.of());
		return meeting;
	}

	@Test
	void theResolutionsOfEveryMeetingAreReadWithTheSameQueriesHoweverManyMeetingsThereAre() {
		resolvedMeeting("ประชุมนับคำสั่ง 1");
		resolvedMeeting("ประชุมนับคำสั่ง 2");
		int inputsBefore = participation.inputs(PROVINCE).size();
		SqlStatementCounter.Recording few = SqlStatementCounter.record(() -> participation.inputs(PROVINCE));
		for (int i = 3; i <= 6; i++) {
			resolvedMeeting("ประชุมนับคำสั่ง " + i);
		}
		SqlStatementCounter.Recording many = SqlStatementCounter.record(() -> participation.inputs(PROVINCE));

		// meetings, agenda items, resolutions, actions, and the survey findings (the other kind of input): five queries
		assertThat(many.statements()).as(many.toString()).isEqualTo(few.statements()).isLessThanOrEqualTo(5);
		assertThat(participation.inputs(PROVINCE)).hasSize(inputsBefore + 8);
		Map<Long, List<Resolution>> all = meetings.resolutionsOf(PROVINCE);
		for (Meeting meeting : meetings.meetings(PROVINCE)) {
			assertThat(all.getOrDefault(meeting.id(), List.of())).isEqualTo(meetings.resolutions(PROVINCE, meeting.id()));
		}
	}

	@Test
	void meetingsComeInPagesWithTheTotalAndTheSameOrderAsTheWholeList() {
		for (int i = 0; i < 3; i++) {
			meetings.plan(PROVINCE, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมแบ่งหน้า " + i));
		}
		List<Long> whole = meetings.meetings(PROVINCE).stream().map(Meeting::id).toList();
		PageOf<Meeting> first = meetings.meetings(PROVINCE, new Paging(1, 2));
		PageOf<Meeting> second = meetings.meetings(PROVINCE, new Paging(2, 2));

		assertThat(first.totalItems()).isEqualTo(whole.size());
		assertThat(first.totalPages()).isEqualTo((whole.size() + 1) / 2);
		assertThat(first.items()).extracting(Meeting::id).containsExactlyElementsOf(whole.subList(0, 2));
		assertThat(second.items()).extracting(Meeting::id).containsExactlyElementsOf(whole.subList(2, Math.min(4, whole.size())));
		assertThat(first.items().get(0).agenda()).hasSize(5);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		assertThat(meetings.meetings(PROVINCE, new Paging(999, 2)).items()).isEmpty();
		assertThatThrownBy(() -> Paging.of(0, 10)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Paging.of(1, Paging.MAX_SIZE + 1)).isInstanceOf(InvalidInputException.class);
	}
}
