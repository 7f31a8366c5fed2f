package org.smartcityplanner.participation.internal.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A meeting's documents, described in the publication contract and rendered by the reports module: the invitation
 * letter and the minutes, each as DOCX or PDF. Both are Thai official documents, so they are written in Thai
 * whatever the language of the page they are asked from.
 */
@Service
public class MeetingDocuments {

	private static final Locale THAI = Publication.THAI;

	private final Publisher publisher;
	private final MeetingApi meetings;
	private final MeetingAttendanceApi attendance;
	private final ReferenceApi reference;
	private final MessageSource messages;
	private final Clock clock;

	MeetingDocuments(Publisher publisher, MeetingApi meetings, MeetingAttendanceApi attendance,
			ReferenceApi reference, MessageSource messages, Clock clock) {
		this.publisher = publisher;
		this.meetings = meetings;
		this.attendance = attendance;
		this.reference = reference;
		this.messages = messages;
		this.clock = clock;
	}

	/** The invitation letter. */
	public Rendered invitation(ProvinceCode province, long meetingId, boolean pdf) {
		Meeting meeting = meetings.meeting(province, meetingId);
		Publication letter = InvitationLetterDocument.of(meeting, provinceName(province),
				LocalDate.now(clock.withZone(MeetingService.BANGKOK)), clock.instant());
		return render(letter, "invitation-" + meetingId, pdf);
	}

	/** The minutes with attendance, resolutions and follow-up actions. */
	public Rendered minutes(ProvinceCode province, long meetingId, boolean pdf) {
		Meeting meeting = meetings.meeting(province, meetingId);
		var input = new MinutesDocument.Input(meeting, attendance.attendees(province, meetingId),
				meetings.resolutions(province, meetingId), meetings.counts(province, meetingId),
				sector -> messages.getMessage("participation.sector." + sector.name(), null, THAI),
				status -> messages.getMessage("participation.action.status." + status.name(), null, THAI));
		return render(MinutesDocument.of(input, clock.instant()), "minutes-" + meetingId, pdf);
	}

	private Rendered render(Publication publication, String name, boolean pdf) {
		return pdf ? new Rendered(publisher.pdf(publication), name + ".pdf")
				: new Rendered(publisher.docx(publication), name + ".docx");
	}

	private String provinceName(ProvinceCode province) {
		return reference.province(province).map(p -> p.name().th()).orElse(province.value());
	}

	/**
	 * A rendered file.
	 *
	 * @param content the bytes
	 * @param fileName the name to download it under
	 */
	public record Rendered(byte[] content, String fileName) {
	}
}
