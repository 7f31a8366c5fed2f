package org.smartcityplanner.participation;

import java.time.LocalDate;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A member of a province's working group, current or former.
 *
 * @param id           database id
 * @param province     the province
 * @param fullName     name
 * @param position     position (ตำแหน่ง), e.g. "ผู้อำนวยการสำนักงานพาณิชย์จังหวัด"
 * @param organisation organisation
 * @param sector       one of the six sectors
 * @param role         role in the group
 * @param joinedOn     the day they joined
 * @param leftOn       the day they left, or {@code null} while a member
 * @param version      optimistic-locking version, sent back with a change
 */
public record GroupMember(long id, ProvinceCode province, String fullName, String position, String organisation,
		Sector sector, GroupRole role, LocalDate joinedOn, LocalDate leftOn, int version) {

	public boolean current() {
		return leftOn == null;
	}
}
