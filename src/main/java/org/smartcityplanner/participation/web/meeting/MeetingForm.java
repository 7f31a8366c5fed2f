package org.smartcityplanner.participation.web.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;
import org.smartcityplanner.participation.domain.meeting.MeetingRules;
import org.smartcityplanner.participation.domain.meeting.StandardAgenda;

/** The meeting form's fields as typed: when, where, what, and the five agenda items. */
class MeetingForm {

	private String kind = MeetingKind.WORKING_GROUP.name();
	private String seqNo = "";
	private String title = "";
	private String date = "";
	private String startTime = "09:00";
	private String endTime = "12:00";
	private String venue = "";
	private Long targetAreaId;
	private boolean walkInOpen;
	private List<String> agendaTitles = new ArrayList<>(StandardAgenda.TITLES);
	private List<String> agendaDetails = new ArrayList<>(List.of("", "", "", "", ""));
	private int version;

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		MeetingDraft d = meeting.details();
		form.kind = d.kind().name();
		form.seqNo = d.seqNo();
		form.title = d.title();
		form.date = FormTimes.date(d.startsAt());
		form.startTime = FormTimes.time(d.startsAt());
		form.endTime = FormTimes.time(d.endsAt());
		form.venue = d.venue();
		form.targetAreaId = d.targetAreaId();
		form.walkInOpen = d.walkInOpen();
		form.agendaTitles = new ArrayList<>(meeting.agenda().stream().map(AgendaItem::title).toList());
		form.agendaDetails = new ArrayList<>(meeting.agenda().stream().map(AgendaItem::details).toList());
		form.version = meeting.version();
		return form;
	}

	/** The draft, adding to {@code issues} what cannot even be read (a date that is no date). */
	MeetingDraft draft(List<FieldIssue> issues) {
		MeetingKind parsedKind = null;
		try {
			parsedKind = MeetingKind.valueOf(kind);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			issues.add(FieldIssue.required("kind"));
		}
		LocalDate day = FormTimes.date("date", date, true, issues);
		Instant starts = FormTimes.at(day, "startTime", startTime, issues);
		Instant ends = FormTimes.at(day, "endTime", endTime, issues);
		List<AgendaItem> agenda = new ArrayList<>();
		for (int i = 0; i < Math.min(MeetingRules.AGENDA_ITEMS, agendaTitles.size()); i++) {
			agenda.add(new AgendaItem(i + 1, agendaTitles.get(i), i < agendaDetails.size() ? agendaDetails.get(i) : "",
					""));
		}
		return new MeetingDraft(parsedKind, seqNo, title, starts, ends, venue, targetAreaId, walkInOpen, agenda);
	}

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public String getSeqNo() { return seqNo; }
	public void setSeqNo(String seqNo) { this.seqNo = seqNo; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDate() { return date; }
	public void setDate(String date) { this.date = date; }
	public String getStartTime() { return startTime; }
	public void setStartTime(String startTime) { this.startTime = startTime; }
	public String getEndTime() { return endTime; }
	public void setEndTime(String endTime) { this.endTime = endTime; }
	public String getVenue() { return venue; }
	public void setVenue(String venue) { this.venue = venue; }
	public Long getTargetAreaId() { return targetAreaId; }
	public void setTargetAreaId(Long targetAreaId) { this.targetAreaId = targetAreaId; }
	public boolean isWalkInOpen() { return walkInOpen; }
	public void setWalkInOpen(boolean walkInOpen) { this.walkInOpen = walkInOpen; }
	public List<String> getAgendaTitles() { return agendaTitles; }
	public void setAgendaTitles(List<String> agendaTitles) { this.agendaTitles = agendaTitles == null ? new ArrayList<>() : agendaTitles; }
	public List<String> getAgendaDetails() { return agendaDetails; }
	public void setAgendaDetails(List<String> agendaDetails) { this.agendaDetails = agendaDetails == null ? new ArrayList<>() : agendaDetails; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
