package org.smartcityplanner.participation;

import java.util.Map;

/**
 * The figures of one meeting, from the one query every page, the API and the minutes use.
 *
 * @param invited people invited ahead
 * @param invitedPresent invited and present (ผู้มาประชุม)
 * @param invitedAbsent invited and absent (ผู้ไม่มาประชุม)
 * @param othersPresent walk-ins and observers present (ผู้เข้าร่วมประชุม)
 * @param presentBySector everyone present, by sector (every sector listed, zero included)
 * @param byMethod everyone present, by how they were recorded ({@code qr}, {@code walk-in}, {@code manual})
 */
public record MeetingCounts(int invited, int invitedPresent, int invitedAbsent, int othersPresent,
		Map<Sector, Integer> presentBySector, Map<String, Integer> byMethod) {

	public MeetingCounts {
		presentBySector = Map.copyOf(presentBySector);
		byMethod = Map.copyOf(byMethod);
	}

	/** The figures of a meeting nobody is registered for yet. */
	public static MeetingCounts none() {
		Map<Sector, Integer> sectors = new java.util.EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			sectors.put(sector, 0);
		}
		return new MeetingCounts(0, 0, 0, 0, sectors, Map.of());
	}

	/** Everyone present. */
	public int present() {
		return invitedPresent + othersPresent;
	}
}
