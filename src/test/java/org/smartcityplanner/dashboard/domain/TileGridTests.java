package org.smartcityplanner.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The tile grid of the 77 provinces from their seats: every province gets a tile of its own, near where its
 * coordinates put it, and the grid keeps north above south and west left of east where provinces are far apart.
 */
class TileGridTests {

	private static List<TileGrid.Seat> seats() throws IOException {
		return Files.readAllLines(Path.of("src/main/resources/dashboard/province-centroids.csv"), StandardCharsets.UTF_8)
			.stream().filter(line -> line.startsWith("TH-")).map(line -> line.split(","))
			.map(cells -> new TileGrid.Seat(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2])))
			.toList();
	}

	@Test
	void everyOneOfThe77ProvincesHasATileOfItsOwn() throws IOException {
		Map<String, TileGrid.Tile> tiles = TileGrid.layout(seats());

		assertThat(tiles).hasSize(77);
		assertThat(new HashSet<>(tiles.values())).hasSize(77);
		Set<String> reference = new HashSet<>();
		Files.readAllLines(Path.of("src/main/resources/reference/provinces.csv")).stream()
			.filter(line -> line.startsWith("TH-"))
			.forEach(line -> reference.add(line.split(",")[0]));
		assertThat(tiles.keySet()).isEqualTo(reference);
	}

	@Test
	void eachTileLiesWithinTwoTilesOfWhereItsSeatFalls() throws IOException {
		List<TileGrid.Seat> seats = seats();
		Map<String, TileGrid.Tile> tiles = TileGrid.layout(seats);
		double north = seats.stream().mapToDouble(TileGrid.Seat::lat).max().orElseThrow();
		double west = seats.stream().mapToDouble(TileGrid.Seat::lon).min().orElseThrow();
		for (TileGrid.Seat seat : seats) {
			TileGrid.Tile tile = tiles.get(seat.code());
			double row = (north - seat.lat()) / TileGrid.DEGREES_PER_TILE;
			double column = (seat.lon() - west) / TileGrid.DEGREES_PER_TILE;
			assertThat(Math.hypot(tile.row() - row, tile.column() - column)).as(seat.code()).isLessThanOrEqualTo(2.0);
		}
	}

	@Test
	void provincesFarApartKeepTheirCompassOrder() throws IOException {
		List<TileGrid.Seat> seats = seats();
		Map<String, TileGrid.Tile> tiles = TileGrid.layout(seats);
		// checked pair by pair (brute force over all 77 x 76 pairs), independently of how the layout was found
		for (TileGrid.Seat a : seats) {
			for (TileGrid.Seat b : seats) {
				if (a.lat() - b.lat() > 3 * TileGrid.DEGREES_PER_TILE) {
					assertThat(tiles.get(a.code()).row()).as(a.code() + " north of " + b.code())
						.isLessThan(tiles.get(b.code()).row());
				}
				if (b.lon() - a.lon() > 3 * TileGrid.DEGREES_PER_TILE) {
					assertThat(tiles.get(a.code()).column()).as(a.code() + " west of " + b.code())
						.isLessThan(tiles.get(b.code()).column());
				}
			}
		}
	}

	@Test
	void theLayoutIsTheSameEveryTimeAndDoesNotDependOnTheSeatsOrder() throws IOException {
		List<TileGrid.Seat> seats = seats();
		List<TileGrid.Seat> reversed = new java.util.ArrayList<>(seats);
		java.util.Collections.reverse(reversed);

		assertThat(TileGrid.layout(reversed)).isEqualTo(TileGrid.layout(seats));
	}

	@Test
	void aLoneProvinceSitsInTheTopLeftTile() {
		assertThat(TileGrid.layout(List.of(new TileGrid.Seat("TH-65", 16.8, 100.3))))
			.containsEntry("TH-65", new TileGrid.Tile(0, 0));
	}
}
