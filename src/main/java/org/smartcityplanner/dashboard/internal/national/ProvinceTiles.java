package org.smartcityplanner.dashboard.internal.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.dashboard.domain.TileGrid;
import org.smartcityplanner.reference.Province;
import org.smartcityplanner.reference.ReferenceApi;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The provinces (reference data, read once) and their tiles, laid out once from the seats' coordinates in
 * {@code dashboard/province-centroids.csv}: neither changes while the application runs, so a page of the national
 * overview asks the database for neither.
 */
@Component
public class ProvinceTiles {

	static final String SEATS = "dashboard/province-centroids.csv";

	private final ReferenceApi reference;
	private volatile List<Province> provinces;
	private volatile Map<String, TileGrid.Tile> tiles;

	ProvinceTiles(ReferenceApi reference) {
		this.reference = reference;
	}

	/** All provinces, ordered by code. */
	public List<Province> provinces() {
		List<Province> known = provinces;
		if (known == null || known.isEmpty()) {
			known = List.copyOf(reference.provinces());
			provinces = known;
		}
		return known;
	}

	/** Each province's tile by code. */
	public Map<String, TileGrid.Tile> tiles() {
		Map<String, TileGrid.Tile> known = tiles;
		if (known == null) {
			known = Map.copyOf(TileGrid.layout(seats()));
			tiles = known;
		}
		return known;
	}

	static List<TileGrid.Seat> seats() {
		try (InputStream in = new ClassPathResource(SEATS).getInputStream()) {
			List<TileGrid.Seat> seats = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (!line.startsWith("TH-")) {
					continue; // comments and the header
				}
				String[] cells = line.split(",");
				seats.add(new TileGrid.Seat(cells[0], Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
			}
			return seats;
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}
}
