package org.smartcityplanner.dashboard.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays provinces out on a grid of equal tiles from their seats' coordinates: each province wants the cell its
 * latitude and longitude fall in (north at the top), and where several want the same cell the most crowded ones
 * choose first and the others take the nearest free cell. Crowded provinces choose first because the sparse ones
 * (the south, the far north-east) almost always find their own cell free anyway; the reverse order pushes the
 * Bangkok ring far from home. Deterministic: the same coordinates always give the same grid.
 */
public final class TileGrid {

	/** Degrees per tile: 0.8° gives 18 rows by 10 columns for Thailand, each province within two tiles of home. */
	public static final double DEGREES_PER_TILE = 0.8;
	/** How far from its home cell a province looks for a free one. */
	private static final int SEARCH = 4;

	private TileGrid() {
	}

	/**
	 * A province's seat.
	 *
	 * @param code province code
	 * @param lat latitude in degrees
	 * @param lon longitude in degrees
	 */
	public record Seat(String code, double lat, double lon) {
	}

	/**
	 * A tile: row 0 is the northernmost, column 0 the westernmost.
	 *
	 * @param row grid row from 0
	 * @param column grid column from 0
	 */
	public record Tile(int row, int column) {
	}

	/** The tile of every seat, by code, in the seats' order. */
	public static Map<String, Tile> layout(List<Seat> seats) {
		double north = seats.stream().mapToDouble(Seat::lat).max().orElse(0);
		double west = seats.stream().mapToDouble(Seat::lon).min().orElse(0);
		Map<String, double[]> ideal = new LinkedHashMap<>();
		seats.forEach(seat -> ideal.put(seat.code(),
				new double[] { (north - seat.lat()) / DEGREES_PER_TILE, (seat.lon() - west) / DEGREES_PER_TILE }));
		List<String> order = new ArrayList<>(ideal.keySet());
		order.sort(Comparator.comparingInt((String code) -> -neighbours(ideal, code)).thenComparing(code -> code));
		Set<Tile> taken = new HashSet<>();
		Map<String, Tile> chosen = new LinkedHashMap<>();
		for (String code : order) {
			Tile tile = nearestFree(ideal.get(code), taken);
			taken.add(tile);
			chosen.put(code, tile);
		}
		Map<String, Tile> inSeatOrder = new LinkedHashMap<>();
		seats.forEach(seat -> inSeatOrder.put(seat.code(), chosen.get(seat.code())));
		return inSeatOrder;
	}

	/** How many provinces (itself included) want a cell within one and a half tiles of this one's. */
	private static int neighbours(Map<String, double[]> ideal, String code) {
		double[] home = ideal.get(code);
		return (int) ideal.values().stream()
			.filter(other -> Math.abs(other[0] - home[0]) < 1.5 && Math.abs(other[1] - home[1]) < 1.5).count();
	}

	private static Tile nearestFree(double[] home, Set<Tile> taken) {
		int row = (int) Math.round(home[0]);
		int column = (int) Math.round(home[1]);
		Tile best = null;
		double bestDistance = Double.MAX_VALUE;
		for (int dr = -SEARCH; dr <= SEARCH; dr++) {
			for (int dc = -SEARCH; dc <= SEARCH; dc++) {
				Tile candidate = new Tile(row + dr, column + dc);
				if (candidate.row() < 0 || candidate.column() < 0 || taken.contains(candidate)) {
					continue;
				}
				double distance = Math.pow(candidate.row() - home[0], 2) + Math.pow(candidate.column() - home[1], 2);
				if (distance < bestDistance || distance == bestDistance && earlier(candidate, best)) {
					best = candidate;
					bestDistance = distance;
				}
			}
		}
		if (best == null) {
			throw new IllegalStateException("No free tile near " + row + "," + column);
		}
		return best;
	}

	private static boolean earlier(Tile a, Tile b) {
		return b == null || a.row() < b.row() || a.row() == b.row() && a.column() < b.column();
	}
}
