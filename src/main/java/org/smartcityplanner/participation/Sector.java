package org.smartcityplanner.participation;

import java.util.Locale;

/**
 * The six sectors a province's smart-city working group must draw from (the committee's fifth criterion asks
 * that every sector took part). Messages: {@code participation.sector.<NAME>}.
 */
public enum Sector {
	/** Central government agencies working in the province (ส่วนราชการส่วนกลางในจังหวัด). */
	CENTRAL_AGENCY,
	/** The provincial administration: the governor's office and provincial offices (ส่วนราชการส่วนภูมิภาค). */
	PROVINCIAL_ADMINISTRATION,
	/** Local government: PAO, municipalities, SAOs (องค์กรปกครองส่วนท้องถิ่น). */
	LOCAL_GOVERNMENT,
	/** Companies, chambers of commerce, federations of industry (ภาคเอกชน). */
	PRIVATE,
	/** Community groups, foundations, associations (ภาคประชาสังคม). */
	CIVIL_SOCIETY,
	/** Universities, colleges and research institutes (สถาบันการศึกษา). */
	ACADEMIA;

	/** The sector named by its code or a common Thai or English label, or {@code null} when none matches. */
	public static Sector parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Sector sector : values()) {
			if (sector.name().toLowerCase(Locale.ROOT).equals(t)) {
				return sector;
			}
		}
		return switch (t) {
			case "ส่วนกลาง", "ส่วนราชการส่วนกลาง", "central", "central_government" -> CENTRAL_AGENCY;
			case "ส่วนภูมิภาค", "จังหวัด", "provincial", "provincial_government" -> PROVINCIAL_ADMINISTRATION;
			case "ท้องถิ่น", "อปท.", "อปท", "องค์กรปกครองส่วนท้องถิ่น", "local" -> LOCAL_GOVERNMENT;
			case "เอกชน", "ภาคเอกชน", "private_sector", "business" -> PRIVATE;
			case "ประชาสังคม", "ภาคประชาสังคม", "ngo", "community", "civil" -> CIVIL_SOCIETY;
			case "วิชาการ", "สถาบันการศึกษา", "ภาควิชาการ", "academic", "university" -> ACADEMIA;
			default -> null;
		};
	}
}
