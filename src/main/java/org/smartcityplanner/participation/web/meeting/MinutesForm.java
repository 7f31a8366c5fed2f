package org.smartcityplanner.participation.web.meeting;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;

/** The minutes form: chair, times, recorder, reviewer and what was said under each agenda item. */
class MinutesForm {

	private String chairName = "";
	private String openedAt = "";
	private String closedAt = "";
	private String recorderName = "";
	private String reviewerName = "";
	private List<String> discussions = new ArrayList<>();
	private int version;

	static MinutesForm of(Meeting meeting) {
		MinutesForm form = new MinutesForm();
		MinutesHeader h = meeting.minutes();
		form.chairName = h.chairName();
		form.openedAt = h.openedAt().isEmpty() ? FormTimes.time(meeting.startsAt()) : h.openedAt();
		form.closedAt = h.closedAt();
		form.recorderName = h.recorderName();
		form.reviewerName = h.reviewerName();
		form.discussions = new ArrayList<>(meeting.agenda().stream().map(AgendaItem::discussion).toList());
		form.version = meeting.version();
		return form;
	}

	MinutesDraft draft() {
		return new MinutesDraft(new MinutesHeader(chairName, openedAt, closedAt, recorderName, reviewerName),
				discussions, version);
	}

	public String getChairName() { return chairName; }
	public void setChairName(String chairName) { this.chairName = chairName; }
	public String getOpenedAt() { return openedAt; }
	public void setOpenedAt(String openedAt) { this.openedAt = openedAt; }
	public String getClosedAt() { return closedAt; }
	public void setClosedAt(String closedAt) { this.closedAt = closedAt; }
	public String getRecorderName() { return recorderName; }
	public void setRecorderName(String recorderName) { this.recorderName = recorderName; }
	public String getReviewerName() { return reviewerName; }
	public void setReviewerName(String reviewerName) { this.reviewerName = reviewerName; }
	public List<String> getDiscussions() { return discussions; }
	public void setDiscussions(List<String> discussions) { this.discussions = discussions == null ? new ArrayList<>() : discussions; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
