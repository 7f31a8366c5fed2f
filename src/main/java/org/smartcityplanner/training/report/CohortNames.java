package org.smartcityplanner.training.report;

/**
 * A cohort's name as the subject of a Thai sentence. Coordinators usually name a cohort "รุ่นที่ 1/2570 …", so
 * putting "รุ่น" before it would print "รุ่น รุ่นที่ 1/2570"; the word is added only to names that lack it.
 */
final class CohortNames {

	private static final String COHORT = "รุ่น";

	private CohortNames() {
	}

	/** "รุ่นที่ 1/2570" stays as it is; "ผู้นำเมือง 2570" becomes "รุ่น ผู้นำเมือง 2570". */
	static String asSubject(String name) {
		String stripped = name == null ? "" : name.strip();
		return stripped.startsWith(COHORT) ? stripped : COHORT + " " + stripped;
	}
}
