package org.smartcityplanner.participation.internal.meeting;

import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one ownership check of meetings: meeting, attendee, resolution and action ids are looked up within the
 * province of the path (through the meeting that owns them) before anything is read or stored; a target area is
 * asked of the profile module. Another province's id fails with
 * {@link org.smartcityplanner.shared.NotInProvinceException} naming the field.
 */
@Component
class MeetingOwnership {

	private final JdbcClient jdbc;
	private final ProfileApi profile;

	MeetingOwnership(JdbcClient jdbc, ProfileApi profile) {
		this.jdbc = jdbc;
		this.profile = profile;
	}

	void meeting(ProvinceCode province, long meetingId) {
		InProvince.require(exists("select count(*) from par_meeting where id = ? and province_code = ?", meetingId,
				province), "meetingId", meetingId);
	}

	void attendee(ProvinceCode province, long meetingId, long attendeeId) {
		InProvince.require(exists("""
				select count(*) from par_attendee a join par_meeting m on m.id = a.meeting_id
				where a.id = ? and a.meeting_id = %d and m.province_code = ?""".formatted(meetingId), attendeeId,
				province), "attendeeId", attendeeId);
	}

	void action(ProvinceCode province, long actionId) {
		InProvince.require(exists("""
				select count(*) from par_action a join par_resolution r on r.id = a.resolution_id
				join par_meeting m on m.id = r.meeting_id where a.id = ? and m.province_code = ?""", actionId,
				province), "actionId", actionId);
	}

	void targetArea(ProvinceCode province, Long areaId) {
		if (areaId != null) {
			InProvince.require(profile.area(province, areaId).isPresent(), "targetAreaId", areaId);
		}
	}

	private boolean exists(String sql, long id, ProvinceCode province) {
		return jdbc.sql(sql).params(id, province.value()).query(Long.class).single() > 0;
	}
}
