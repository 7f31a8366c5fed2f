package org.smartcityplanner.training.web;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.training.SessionDraft;

/** The session form's fields as typed. */
class SessionForm {

	private String topicCode = "";
	private String title = "";
	private String date = "";
	private String startTime = "09:00";
	private String endTime = "12:00";
	private String venue = "";
	private String onlineLink = "";
	private List<Long> trainerIds = new ArrayList<>();

	SessionDraft draft() {
		return new SessionDraft(topicCode, title, date, startTime, endTime, venue, onlineLink, trainerIds);
	}

	public String getTopicCode() { return topicCode; }
	public void setTopicCode(String topicCode) { this.topicCode = topicCode; }
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
	public String getOnlineLink() { return onlineLink; }
	public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
	public List<Long> getTrainerIds() { return trainerIds; }
	public void setTrainerIds(List<Long> trainerIds) { this.trainerIds = trainerIds == null ? new ArrayList<>() : trainerIds; }
}
