package org.smartcityplanner.participation;

/**
 * One of a meeting's five agenda items (ระเบียบวาระที่ ๑–๕).
 *
 * @param position 1 to 5
 * @param title the item's heading
 * @param details what is put to the meeting, for the invitation
 * @param discussion what the minutes record was said
 */
public record AgendaItem(int position, String title, String details, String discussion) {

	public AgendaItem {
		title = Texts.clean(title);
		details = Texts.clean(details);
		discussion = Texts.clean(discussion);
	}
}
