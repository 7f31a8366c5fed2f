package org.smartcityplanner.participation;

/**
 * A member's role in the working group, in the order a Thai appointment order lists them: the chair first, the
 * secretaries last. Messages: {@code participation.role.<NAME>}.
 */
public enum GroupRole {
	/** ประธานคณะทำงาน. */
	CHAIR,
	/** รองประธานคณะทำงาน. */
	VICE_CHAIR,
	/** คณะทำงาน. */
	MEMBER,
	/** คณะทำงานและเลขานุการ. */
	SECRETARY,
	/** คณะทำงานและผู้ช่วยเลขานุการ. */
	ASSISTANT_SECRETARY;

	/** The role named by its code, or {@code null}. */
	public static GroupRole parse(String text) {
		if (text == null) {
			return null;
		}
		for (GroupRole role : values()) {
			if (role.name().equalsIgnoreCase(text.strip())) {
				return role;
			}
		}
		return null;
	}
}
