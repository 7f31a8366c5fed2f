package org.smartcityplanner.participation.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;

/** The JSON bodies the meetings API accepts. */
final class MeetingRequests {

	private MeetingRequests() {
	}

	/** A number the request must carry; missing, it is refused naming the field (never taken as 0). */
	static int required(Integer value, String field) {
		if (value == null) {
			throw new MeetingInputException(List.of(FieldIssue.required(field)));
		}
		return value;
	}

	static int required(Integer version) {
		return required(version, "version");
	}

	/**
	 * A meeting to plan or change.
	 *
	 * @param version the version read (changes only; 409 when stale)
	 */
	@Schema(name = "MeetingRequest")
	record MeetingRequest(@Schema(requiredMode = RequiredMode.REQUIRED) MeetingKind kind, String seqNo,
			@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 300) String title,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-12-14T02:00:00Z") Instant startsAt,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-12-14T05:00:00Z") Instant endsAt,
			@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 300) String venue,
			@Schema(description = "required for AREA_WORKSHOP") Long targetAreaId, Boolean walkInOpen,
			@Schema(description = "up to five items; missing titles get the standard ones") List<AgendaItem> agenda,
			@Schema(description = "required when changing") Integer version) {

		MeetingDraft draft() {
			return new MeetingDraft(kind, seqNo, title, startsAt, endsAt, venue, targetAreaId,
					Boolean.TRUE.equals(walkInOpen), agenda);
		}
	}

	@Schema(name = "InvitationLetterRequest")
	record LetterRequest(String letterNo, LocalDate letterDate, String issuingOffice,
			@Schema(requiredMode = RequiredMode.REQUIRED) String addressee, String referenceText, String enclosures,
			@Schema(requiredMode = RequiredMode.REQUIRED) String body,
			@Schema(requiredMode = RequiredMode.REQUIRED) String signerName, String signerPosition,
			@Schema(requiredMode = RequiredMode.REQUIRED) Integer version) {

		InvitationLetter letter() {
			return new InvitationLetter(letterNo, letterDate, issuingOffice, addressee, referenceText, enclosures, body,
					signerName, signerPosition);
		}
	}

	@Schema(name = "MinutesRequest")
	record MinutesRequest(String chairName, @Schema(requiredMode = RequiredMode.REQUIRED, example = "09:00") String openedAt,
			@Schema(example = "12:00") String closedAt, String recorderName, String reviewerName,
			@Schema(description = "what was said under agenda items 1-5, in order") List<String> discussions,
			@Schema(requiredMode = RequiredMode.REQUIRED) Integer version) {

		MinutesDraft draft() {
			return new MinutesDraft(new MinutesHeader(chairName, openedAt, closedAt, recorderName, reviewerName),
					discussions, required(version));
		}
	}

	@Schema(name = "AttendeeRequest")
	record AttendeeRequest(@Schema(requiredMode = RequiredMode.REQUIRED) String fullName,
			@Schema(requiredMode = RequiredMode.REQUIRED) String organisation, String positionTitle,
			@Schema(requiredMode = RequiredMode.REQUIRED) Sector sector, Long memberId,
			@Schema(description = "invited ahead (default) or an observer") Boolean invited) {

		AttendeeDraft person() {
			return new AttendeeDraft(fullName, organisation, positionTitle, sector, memberId);
		}
	}

	@Schema(name = "AttendanceRequest")
	record AttendanceRequest(@Schema(requiredMode = RequiredMode.REQUIRED) Boolean present, String absenceNote) {
	}

	@Schema(name = "ActionRequest")
	record ActionRequest(@Schema(requiredMode = RequiredMode.REQUIRED) String description,
			@Schema(requiredMode = RequiredMode.REQUIRED) String ownerName, LocalDate dueDate, ActionStatus status,
			@Schema(description = "required when changing") Integer version) {

		ActionDraft draft() {
			return new ActionDraft(description, ownerName, dueDate, status);
		}
	}

	@Schema(name = "ResolutionRequest")
	record ResolutionRequest(@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer agendaPosition,
			@Schema(requiredMode = RequiredMode.REQUIRED) String text, List<ActionRequest> actions) {

		List<ActionDraft> drafts() {
			return actions == null ? List.of() : actions.stream().map(ActionRequest::draft).toList();
		}
	}
}
