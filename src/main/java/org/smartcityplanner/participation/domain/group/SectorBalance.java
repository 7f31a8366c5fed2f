package org.smartcityplanner.participation.domain.group;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.Sector;

/**
 * The working group's members per sector against the mix the province set. Every sector must take part (the
 * committee's fifth criterion), so a sector without a member is missing even when its target is zero; a sector
 * with fewer members than its target is under it.
 */
public final class SectorBalance {

	/** How one sector stands. */
	public enum Status {
		/** No member from the sector. */
		MISSING,
		/** Some members, fewer than the target. */
		UNDER,
		/** At or above the target. */
		MET
	}

	/**
	 * One sector's line of the panel.
	 *
	 * @param sector  the sector
	 * @param members current members from it
	 * @param target  the number the province aims for
	 * @param percent its share of all current members, 0–100, rounded half up
	 * @param status  how it stands
	 */
	public record Line(Sector sector, int members, int target, int percent, Status status) {
	}

	private SectorBalance() {
	}

	/** One line per sector, in the sectors' order; a sector absent from a map counts as zero. */
	public static List<Line> of(Map<Sector, Integer> members, Map<Sector, Integer> targets) {
		int total = members.values().stream().mapToInt(Integer::intValue).sum();
		List<Line> lines = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			int count = members.getOrDefault(sector, 0);
			int target = targets.getOrDefault(sector, 0);
			Status status = count == 0 ? Status.MISSING : count < target ? Status.UNDER : Status.MET;
			int percent = total == 0 ? 0 : (int) ((count * 200L + total) / (2L * total));
			lines.add(new Line(sector, count, target, percent, status));
		}
		return lines;
	}

	/** The sectors with no member. */
	public static List<Sector> missing(List<Line> lines) {
		return lines.stream().filter(l -> l.status() == Status.MISSING).map(Line::sector).toList();
	}

	/** The sectors with members but fewer than their target. */
	public static List<Sector> under(List<Line> lines) {
		return lines.stream().filter(l -> l.status() == Status.UNDER).map(Line::sector).toList();
	}

	/** A map with every sector, zero where absent. */
	public static Map<Sector, Integer> complete(Map<Sector, Integer> counts) {
		Map<Sector, Integer> all = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			all.put(sector, counts.getOrDefault(sector, 0));
		}
		return all;
	}
}
