package org.smartcityplanner.participation.web.survey;

/** A survey's title, introduction and paper-check setting as typed. */
class SurveyForm {

	private String title = "";
	private String description = "";
	private boolean paperCheck;

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public boolean isPaperCheck() { return paperCheck; }
	public void setPaperCheck(boolean paperCheck) { this.paperCheck = paperCheck; }
}
