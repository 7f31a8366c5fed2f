package org.smartcityplanner.training;

/**
 * Where a trainee works; a cohort should mix all of them, since they are the future owners of the plan.
 */
public enum Sector {
	/** Provincial and central government officials. */
	GOVERNMENT,
	/** Local administrative organisations (municipalities, PAO, SAO). */
	LOCAL_GOVERNMENT,
	/** Companies and business associations. */
	PRIVATE,
	/** Civil society, community groups and foundations. */
	CIVIL_SOCIETY,
	/** Universities, colleges and research institutes. */
	ACADEMIA;

	/** The sector named by its code or a common Thai or English label, or {@code null} when none matches. */
	public static Sector parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Sector sector : values()) {
			if (sector.name().toLowerCase(java.util.Locale.ROOT).equals(t)) {
				return sector;
			}
		}
		return switch (t) {
			case "ภาครัฐ", "ราชการ", "government", "official", "officials" -> GOVERNMENT;
			case "องค์กรปกครองส่วนท้องถิ่น", "ท้องถิ่น", "อปท.", "อปท", "local", "local_government_organisation" -> LOCAL_GOVERNMENT;
			case "ภาคเอกชน", "เอกชน", "private_sector", "business" -> PRIVATE;
			case "ภาคประชาสังคม", "ประชาสังคม", "civil_society_organisation", "ngo", "community" -> CIVIL_SOCIETY;
			case "สถาบันการศึกษา", "ภาควิชาการ", "วิชาการ", "academic", "university" -> ACADEMIA;
			default -> null;
		};
	}
}
