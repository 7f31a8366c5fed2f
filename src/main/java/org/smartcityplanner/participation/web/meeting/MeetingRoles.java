package org.smartcityplanner.participation.web.meeting;

/** Who may do what with meetings: the province's coordinators and consultants manage, members read. */
final class MeetingRoles {

	static final String MANAGERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";
	static final String READERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')";

	private MeetingRoles() {
	}

	/** The meetings section of a province. */
	static String base(String provinceCode) {
		return "/p/" + provinceCode + "/participation/meetings";
	}
}
