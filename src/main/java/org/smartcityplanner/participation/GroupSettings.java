package org.smartcityplanner.participation;

import java.util.Map;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * How a province names its working group and what it aims for: the letterhead of its orders and the sector mix.
 *
 * @param province  the province
 * @param groupName the group's official name, e.g. "คณะทำงานขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดพิษณุโลก"
 * @param issuer    who issues the order, printed as "คำสั่ง{issuer}", e.g. "จังหวัดพิษณุโลก"
 * @param duties    the group's duties (อำนาจหน้าที่), one per line
 * @param targets   the number of members aimed for per sector
 * @param version   optimistic-locking version (0 before the first save)
 */
public record GroupSettings(ProvinceCode province, String groupName, String issuer, String duties,
		Map<Sector, Integer> targets, int version) {

	public GroupSettings {
		targets = Map.copyOf(targets);
	}

	/** The duties, one per non-blank line. */
	public java.util.List<String> dutyLines() {
		return duties.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
