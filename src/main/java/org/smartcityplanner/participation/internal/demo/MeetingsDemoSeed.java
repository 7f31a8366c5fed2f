package org.smartcityplanner.participation.internal.demo;

import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.internal.meeting.RecordedAttendance;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo province's four meetings (see {@link DemoMeetings}), written through the module's own API. */
@Component
@Profile("!prod")
class MeetingsDemoSeed implements DemoSeed {

	/** After the profile (an area workshop names a target area); parts A and C of the module take other slots. */
	static final int ORDER = 720;

	private final DemoMeetings.Apis apis;

	MeetingsDemoSeed(MeetingApi meetings, MeetingAttendanceApi attendance, RecordedAttendance recorded,
			ProfileApi profile, WorkingGroupApi group) {
		this.apis = new DemoMeetings.Apis(meetings, attendance, recorded, profile, group);
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !apis.meetings().meetings(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		DemoMeetings.seed(province, apis);
	}
}
