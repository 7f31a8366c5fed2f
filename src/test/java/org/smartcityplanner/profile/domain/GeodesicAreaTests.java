package org.smartcityplanner.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class GeodesicAreaTests {

	final GeometryFactory factory = new GeometryFactory();

	/**
	 * The exact ellipsoidal area of the cell lon 100.26–100.27, lat 16.80–16.81 is
	 * a²(1−e²)·Δλ·∫cosφ/(1−e²sin²φ)² dφ = 1.17966 km² (the east–west side is 1.0660 km, the north–south side
	 * 1.1067 km). A figure of 1.134 km² would be the east–west side squared, so it is not used here.
	 */
	@Test
	void aCellOfOneHundredthOfADegreeNearPhitsanulokIsAboutOnePointOneEightSquareKilometres() {
		double area = GeodesicArea.squareKilometres(rectangle(100.26, 16.80, 0.01, 0.01));
		assertThat(area).isCloseTo(1.17966, within(1.17966 * 0.01));
		assertThat(area).isCloseTo(1.17966, within(0.0001));
	}

	@Test
	void cellsShrinkTowardsThePolesLikeTheCosineOfLatitude() {
		double equator = GeodesicArea.squareKilometres(rectangle(100, 0, 1, 1));
		double north = GeodesicArea.squareKilometres(rectangle(100, 20, 1, 1));
		// a 1°×1° cell at the equator is 110.57 km × 111.32 km
		assertThat(equator).isCloseTo(12_308.8, within(5.0));
		assertThat(north / equator).isCloseTo(Math.cos(Math.toRadians(20.5)), within(0.005));
	}

	@Test
	void doesNotDependOnTheLongitude() {
		assertThat(GeodesicArea.squareKilometres(rectangle(98, 16.8, 0.01, 0.01)))
			.isCloseTo(GeodesicArea.squareKilometres(rectangle(105, 16.8, 0.01, 0.01)), within(1e-9));
	}

	private Geometry rectangle(double lon, double lat, double width, double height) {
		return factory.createPolygon(new Coordinate[] { new Coordinate(lon, lat), new Coordinate(lon + width, lat),
				new Coordinate(lon + width, lat + height), new Coordinate(lon, lat + height), new Coordinate(lon, lat) });
	}
}
