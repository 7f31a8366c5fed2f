package org.smartcityplanner.participation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/** Meetings and people for the meeting tests. */
public final class MeetingFixtures {

	/** The meeting tests' own province (Nonthaburi) and the other province whose users must see nothing of it. */
	public static final ProvinceCode OWN = new ProvinceCode("TH-12");
	public static final ProvinceCode OTHER = new ProvinceCode("TH-13");

	private MeetingFixtures() {
	}

	/** A meeting that started ten minutes ago and runs two more hours: its QR link is open now. */
	public static MeetingDraft openNow(MeetingKind kind, String title) {
		Instant now = Instant.now();
		return new MeetingDraft(kind, "1/2569", title, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2)),
				"ห้องประชุมศาลากลางจังหวัดนนทบุรี", null, kind == MeetingKind.PUBLIC_HEARING, List.of());
	}

	/** A meeting that ended an hour ago. */
	public static MeetingDraft ended(String title) {
		Instant now = Instant.now();
		return new MeetingDraft(MeetingKind.WORKING_GROUP, "", title, now.minus(Duration.ofHours(4)),
				now.minus(Duration.ofHours(1)), "ห้องประชุม", null, false, List.of());
	}

	public static AttendeeDraft person(String name, Sector sector) {
		return new AttendeeDraft(name, "หน่วยงานทดสอบ", "ผู้อำนวยการ", sector, null);
	}
}
