package org.smartcityplanner.participation;

/**
 * A person to register for a meeting.
 *
 * @param fullName name as printed in the minutes
 * @param organisation agency, company, group or university
 * @param positionTitle position (ตำแหน่ง), may be empty
 * @param sector which of the six sectors they speak for
 * @param memberId the working-group member (part of this module's working group), or null for someone else
 */
public record AttendeeDraft(String fullName, String organisation, String positionTitle, Sector sector,
		Long memberId) {

	public AttendeeDraft {
		fullName = Texts.clean(fullName);
		organisation = Texts.clean(organisation);
		positionTitle = Texts.clean(positionTitle);
	}
}
