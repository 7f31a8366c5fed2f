package org.smartcityplanner.participation;

/** The kinds of meeting a province holds while making its plan. Messages: {@code participation.meeting.kind.*}. */
public enum MeetingKind {
	/** A meeting of the working group (การประชุมคณะทำงาน). */
	WORKING_GROUP,
	/** A public hearing, open to anyone who walks in (การประชุมประชาคม / รับฟังความคิดเห็น). */
	PUBLIC_HEARING,
	/** A workshop in one target area (การประชุมเชิงปฏิบัติการระดับพื้นที่). */
	AREA_WORKSHOP
}
