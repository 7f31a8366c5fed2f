package org.smartcityplanner.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.BoundaryCheck;
import org.smartcityplanner.profile.BoundaryProblem;

class BoundaryValidatorTests {

	static final String SQUARE = """
			{"type":"Polygon","coordinates":[[[100.26,16.80],[100.27,16.80],[100.27,16.81],[100.26,16.81],[100.26,16.80]]]}""";
	static final String BOW_TIE = """
			{"type":"Polygon","coordinates":[[[100.00,16.00],[100.01,16.01],[100.01,16.00],[100.00,16.01],[100.00,16.00]]]}""";

	final BoundaryValidator validator = new BoundaryValidator();

	@Test
	void acceptsAValidPolygonAndComputesItsArea() {
		BoundaryCheck check = validator.check(SQUARE);

		assertThat(check.isValid()).isTrue();
		assertThat(check.vertices()).isEqualTo(5);
		assertThat(check.areaSqKm().doubleValue()).isCloseTo(1.1797, within(0.0118));
		assertThat(check.geoJson()).startsWith("{\"type\":\"Polygon\"").doesNotContain("crs");
	}

	@Test
	void rejectsASelfIntersectingBowTieSayingWhereItCrosses() {
		BoundaryCheck check = validator.check(BOW_TIE);

		assertThat(check.problem()).isEqualTo(BoundaryProblem.SELF_INTERSECTION);
		assertThat(check.problemArgs()).containsExactly("100.00500", "16.00500");
		assertThat(check.geoJson()).isNull();
	}

	@Test
	void rejectsCoordinatesOutsideThailandNamingTheFirstOne() {
		// Mae Sot, then two points across the Moei in Myanmar, west of lon 97.3 is outside the box
		String myanmar = """
				{"type":"Polygon","coordinates":[[[98.57,16.71],[97.20,16.70],[97.25,16.75],[98.57,16.71]]]}""";
		BoundaryCheck west = validator.check(myanmar);
		assertThat(west.problem()).isEqualTo(BoundaryProblem.OUTSIDE_THAILAND);
		assertThat(west.problemArgs()).containsExactly("97.20000", "16.70000");
		String swapped = """
				{"type":"Polygon","coordinates":[[[16.80,100.26],[16.80,100.27],[16.81,100.27],[16.80,100.26]]]}""";
		BoundaryCheck check = validator.check(swapped);
		assertThat(check.problem()).isEqualTo(BoundaryProblem.OUTSIDE_THAILAND);
		assertThat(check.problemArgs()).containsExactly("16.80000", "100.26000");
	}

	@Test
	void rejectsAPolygonThatCrossesTheBorderBox() {
		String london = """
				{"type":"Polygon","coordinates":[[[-0.1,51.5],[-0.09,51.5],[-0.09,51.51],[-0.1,51.5]]]}""";
		assertThat(validator.check(london).problem()).isEqualTo(BoundaryProblem.OUTSIDE_THAILAND);
	}

	@Test
	void acceptsAMultiPolygonAndAddsItsParts() {
		String two = """
				{"type":"MultiPolygon","coordinates":[
				 [[[100.26,16.80],[100.27,16.80],[100.27,16.81],[100.26,16.81],[100.26,16.80]]],
				 [[[100.30,16.80],[100.31,16.80],[100.31,16.81],[100.30,16.81],[100.30,16.80]]]]}""";
		BoundaryCheck check = validator.check(two);

		assertThat(check.isValid()).isTrue();
		assertThat(check.geoJson()).startsWith("{\"type\":\"MultiPolygon\"");
		assertThat(check.areaSqKm().doubleValue()).isCloseTo(2 * 1.1797, within(0.02));
	}

	@Test
	void subtractsHoles() {
		String withHole = """
				{"type":"Polygon","coordinates":[
				 [[100.26,16.80],[100.28,16.80],[100.28,16.82],[100.26,16.82],[100.26,16.80]],
				 [[100.265,16.805],[100.275,16.805],[100.275,16.815],[100.265,16.815],[100.265,16.805]]]}""";
		assertThat(validator.check(withHole).areaSqKm().doubleValue()).isCloseTo(3 * 1.1797, within(0.04));
	}

	@Test
	void acceptsAFeatureAndAFeatureCollectionWithOnePolygon() {
		String feature = "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":" + SQUARE + "}";
		String collection = "{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}";

		assertThat(validator.check(feature).isValid()).isTrue();
		assertThat(validator.check(collection).isValid()).isTrue();
		assertThat(validator.check(collection).geoJson()).isEqualTo(validator.check(SQUARE).geoJson());
		assertThat(validator.check("\uFEFF" + SQUARE).isValid()).as("a byte-order mark is ignored").isTrue();
	}

	@Test
	void refusesCollectionsOfSeveralFeaturesAndNonPolygons() {
		String feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + SQUARE + "}";
		BoundaryCheck two = validator.check("{\"type\":\"FeatureCollection\",\"features\":[" + feature + "," + feature + "]}");
		assertThat(two.problem()).isEqualTo(BoundaryProblem.TOO_MANY_FEATURES);
		assertThat(two.problemArgs()).containsExactly("2");

		BoundaryCheck point = validator.check("{\"type\":\"Point\",\"coordinates\":[100.26,16.8]}");
		assertThat(point.problem()).isEqualTo(BoundaryProblem.NOT_POLYGON);
		assertThat(point.problemArgs()).containsExactly("Point");
		assertThat(validator.check("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}").problem())
			.isEqualTo(BoundaryProblem.EMPTY_GEOMETRY);
		assertThat(validator.check("{\"type\":\"FeatureCollection\",\"features\":[]}").problem())
			.isEqualTo(BoundaryProblem.EMPTY_GEOMETRY);
	}

	@Test
	void tellsTextThatIsNotJsonFromJsonThatIsNotGeoJson() {
		BoundaryCheck notJson = validator.check("{\"type\": \"Polygon\",\n \"coordinates\": [[[100.2, oops]]]}");
		assertThat(notJson.problem()).isEqualTo(BoundaryProblem.NOT_JSON);
		assertThat(notJson.problemArgs().get(0)).isEqualTo("2");

		assertThat(validator.check("hello").problem()).isEqualTo(BoundaryProblem.NOT_JSON);
		assertThat(validator.check("{\"name\":\"no type\"}").problem()).isEqualTo(BoundaryProblem.NOT_GEOJSON);
		assertThat(validator.check("[1,2,3]").problem()).isEqualTo(BoundaryProblem.NOT_GEOJSON);
		assertThat(validator.check("{\"type\":\"Polygon\",\"coordinates\":\"none\"}").problem())
			.isEqualTo(BoundaryProblem.NOT_GEOJSON);
		assertThat(validator.check("   ").problem()).isEqualTo(BoundaryProblem.EMPTY);
	}

	@Test
	void refusesRingsThatAreOpenOrTooShort() {
		String open = """
				{"type":"Polygon","coordinates":[[[100.26,16.80],[100.27,16.80],[100.27,16.81],[100.26,16.81]]]}""";
		assertThat(validator.check(open).problem()).isEqualTo(BoundaryProblem.RING_NOT_CLOSED);
		String line = """
				{"type":"Polygon","coordinates":[[[100.26,16.80],[100.27,16.80],[100.26,16.80]]]}""";
		assertThat(validator.check(line).problem()).isEqualTo(BoundaryProblem.TOO_FEW_POINTS);
	}

	@Test
	void refusesOverlappingPartsOfAMultiPolygon() {
		String overlapping = """
				{"type":"MultiPolygon","coordinates":[
				 [[[100.26,16.80],[100.28,16.80],[100.28,16.82],[100.26,16.82],[100.26,16.80]]],
				 [[[100.27,16.81],[100.29,16.81],[100.29,16.83],[100.27,16.83],[100.27,16.81]]]]}""";
		BoundaryCheck check = validator.check(overlapping);
		assertThat(check.isValid()).isFalse();
		assertThat(check.problemArgs()).hasSize(2);
	}

	@Test
	void refusesAbsurdSizes() {
		String tiny = """
				{"type":"Polygon","coordinates":[[[100.26,16.80],[100.2601,16.80],[100.2601,16.8001],[100.26,16.80]]]}""";
		BoundaryCheck small = validator.check(tiny);
		assertThat(small.problem()).isEqualTo(BoundaryProblem.TOO_SMALL);
		assertThat(small.problemArgs()).containsExactly("59");

		String huge = """
				{"type":"Polygon","coordinates":[[[98,8],[105,8],[105,20],[98,20],[98,8]]]}""";
		assertThat(validator.check(huge).problem()).isEqualTo(BoundaryProblem.TOO_LARGE);
	}

	@Test
	void refusesTextLongerThanTwoMegabytes() {
		String padded = SQUARE + " ".repeat(BoundaryCheck.MAX_CHARS);
		assertThat(validator.check(padded).problem()).isEqualTo(BoundaryProblem.TOO_LONG);
	}
}
