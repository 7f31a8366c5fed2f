package org.smartcityplanner.training.web;

import org.smartcityplanner.training.TopicDraft;

/** The topic form's fields as typed, with the version it started from. */
class TopicForm {

	private String titleTh = "";
	private String titleEn = "";
	private String objectivesTh = "";
	private String objectivesEn = "";
	private String durationMinutes = "";
	private String materials = "";
	private String note = "";
	private int basedOnVersion;

	TopicDraft draft() {
		return new TopicDraft(titleTh, titleEn, objectivesTh, objectivesEn, durationMinutes, materials);
	}

	public String getTitleTh() { return titleTh; }
	public void setTitleTh(String titleTh) { this.titleTh = titleTh; }
	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
	public String getObjectivesTh() { return objectivesTh; }
	public void setObjectivesTh(String objectivesTh) { this.objectivesTh = objectivesTh; }
	public String getObjectivesEn() { return objectivesEn; }
	public void setObjectivesEn(String objectivesEn) { this.objectivesEn = objectivesEn; }
	public String getDurationMinutes() { return durationMinutes; }
	public void setDurationMinutes(String durationMinutes) { this.durationMinutes = durationMinutes; }
	public String getMaterials() { return materials; }
	public void setMaterials(String materials) { this.materials = materials; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public int getBasedOnVersion() { return basedOnVersion; }
	public void setBasedOnVersion(int basedOnVersion) { this.basedOnVersion = basedOnVersion; }
}
