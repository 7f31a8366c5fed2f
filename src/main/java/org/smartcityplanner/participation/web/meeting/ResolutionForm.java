package org.smartcityplanner.participation.web.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.domain.meeting.FieldIssue;

/**
 * A resolution with up to three follow-up actions (more are added from the API or as further resolutions); action
 * rows left wholly empty are not actions.
 */
class ResolutionForm {

	static final int ACTION_ROWS = 3;

	private int agendaPosition = 4;
	private String text = "";
	private List<String> actionDescriptions = blanks();
	private List<String> actionOwners = blanks();
	private List<String> actionDueDates = blanks();

	List<ActionDraft> actions(List<FieldIssue> issues) {
		List<ActionDraft> actions = new ArrayList<>();
		for (int i = 0; i < ACTION_ROWS; i++) {
			String description = get(actionDescriptions, i);
			String owner = get(actionOwners, i);
			String due = get(actionDueDates, i);
			if (description.isBlank() && owner.isBlank() && due.isBlank()) {
				continue;
			}
			LocalDate dueDate = FormTimes.date("actions[" + actions.size() + "].dueDate", due, false, issues);
			actions.add(new ActionDraft(description, owner, dueDate, ActionStatus.OPEN));
		}
		return actions;
	}

	private static String get(List<String> values, int i) {
		return i < values.size() && values.get(i) != null ? values.get(i) : "";
	}

	private static List<String> blanks() {
		return new ArrayList<>(List.of("", "", ""));
	}

	public int getAgendaPosition() { return agendaPosition; }
	public void setAgendaPosition(int agendaPosition) { this.agendaPosition = agendaPosition; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public List<String> getActionDescriptions() { return actionDescriptions; }
	public void setActionDescriptions(List<String> v) { this.actionDescriptions = v == null ? blanks() : v; }
	public List<String> getActionOwners() { return actionOwners; }
	public void setActionOwners(List<String> v) { this.actionOwners = v == null ? blanks() : v; }
	public List<String> getActionDueDates() { return actionDueDates; }
	public void setActionDueDates(List<String> v) { this.actionDueDates = v == null ? blanks() : v; }
}
