package org.smartcityplanner.engagement.internal.workplan;

import java.util.Set;

import org.smartcityplanner.engagement.EngagementApi;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * What the admin sets on a template row; {@link #check(String)} refuses a value that cannot work, naming the field.
 *
 * @param titleTh Thai title
 * @param titleEn English title
 * @param startOffset a phase's first day after signing
 * @param dueOffset days after signing
 * @param ownerRole TEAM_LEAD or ANY_MEMBER
 * @param production UPLOADED or GENERATED
 * @param generatedKind the generated document of a GENERATED deliverable
 */
public record TemplateEdit(String titleTh, String titleEn, Integer startOffset, Integer dueOffset, String ownerRole,
		String production, String generatedKind) {

	/** The documents the application itself produces. */
	public static final Set<String> GENERATED_KINDS = Set.of("MASTER_PLAN_BOOK", "ACTION_PLAN_WORKBOOK",
			"TRAINING_REPORT", "WORKING_GROUP_ORDER");
	static final Set<String> OWNER_ROLES = Set.of("TEAM_LEAD", "ANY_MEMBER");
	static final Set<String> KINDS = Set.of("PHASE", "MILESTONE", "DELIVERABLE");

	/** The edit with blanks trimmed; refused when a field cannot be used for the given kind. */
	TemplateEdit check(String kind) {
		String th = titleTh == null ? "" : titleTh.strip();
		String en = titleEn == null ? "" : titleEn.strip();
		if (th.isEmpty() || th.length() > 300) {
			throw new InvalidInputException("workplan.template.invalid.titleTh");
		}
		if (en.isEmpty() || en.length() > 300) {
			throw new InvalidInputException("workplan.template.invalid.titleEn");
		}
		if (dueOffset == null || dueOffset < 0 || dueOffset > EngagementApi.STANDARD_DAYS) {
			throw new InvalidInputException("workplan.template.invalid.dueOffset", EngagementApi.STANDARD_DAYS);
		}
		Integer start = null;
		if ("PHASE".equals(kind)) {
			if (startOffset == null || startOffset < 0 || startOffset > dueOffset) {
				throw new InvalidInputException("workplan.template.invalid.startOffset");
			}
			start = startOffset;
		}
		if (ownerRole == null || !OWNER_ROLES.contains(ownerRole)) {
			throw new InvalidInputException("workplan.template.invalid.ownerRole");
		}
		boolean generated = "DELIVERABLE".equals(kind) && "GENERATED".equals(production);
		if ("DELIVERABLE".equals(kind) && !"GENERATED".equals(production) && !"UPLOADED".equals(production)) {
			throw new InvalidInputException("workplan.template.invalid.production");
		}
		if (generated && (generatedKind == null || !GENERATED_KINDS.contains(generatedKind))) {
			throw new InvalidInputException("workplan.template.invalid.generatedKind");
		}
		return new TemplateEdit(th, en, start, dueOffset, ownerRole, generated ? "GENERATED" : "UPLOADED",
				generated ? generatedKind : null);
	}
}
