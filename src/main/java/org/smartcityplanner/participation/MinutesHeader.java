package org.smartcityplanner.participation;

/**
 * The minutes' fields around the agenda (รายงานการประชุม).
 *
 * @param chairName who chaired (ประธานที่ประชุม)
 * @param openedAt when the meeting opened, "HH:mm" (เริ่มประชุมเวลา), empty until recorded
 * @param closedAt when it closed, "HH:mm" (เลิกประชุมเวลา), empty until recorded
 * @param recorderName who took the minutes (ผู้จดรายงานการประชุม)
 * @param reviewerName who checked them (ผู้ตรวจรายงาน)
 */
public record MinutesHeader(String chairName, String openedAt, String closedAt, String recorderName,
		String reviewerName) {

	public MinutesHeader {
		chairName = Texts.clean(chairName);
		openedAt = Texts.clean(openedAt);
		closedAt = Texts.clean(closedAt);
		recorderName = Texts.clean(recorderName);
		reviewerName = Texts.clean(reviewerName);
	}

	/** Whether the minutes have been started (an opening time is the least they carry). */
	public boolean recorded() {
		return !openedAt.isEmpty();
	}
}
