package org.smartcityplanner.participation.domain.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.survey.Problem;

class IdeaRulesTests {

	static final Set<String> DIMENSIONS = Set.of("ENV", "MOB", "LIV");
	static final Set<Long> AREAS = Set.of(7L, 8L);

	static IdeaDraft draft(String title, String description, String dimension, String area, String lat, String lon) {
		return new IdeaDraft(title, description, dimension, area, lat, lon);
	}

	@Test
	void aCompleteIdeaIsTrimmedAndReadWithItsPoint() {
		IdeaRules.Checked checked = IdeaRules.check(draft("  ทางจักรยานริมน้ำ ", " เชื่อมตลาดกับโรงเรียน ", "MOB", "7",
				"๑๖.๘๒๑๑", "100.2659"), DIMENSIONS, AREAS);
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.idea()).isEqualTo(new CheckedIdea("ทางจักรยานริมน้ำ", "เชื่อมตลาดกับโรงเรียน", "MOB", 7L,
				new BigDecimal("16.821100"), new BigDecimal("100.265900")));
	}

	@Test
	void areaAndPointMayBeLeftOutForTheWholeProvince() {
		IdeaRules.Checked checked = IdeaRules.check(draft("ก", "ข", "ENV", "", null, " "), DIMENSIONS, AREAS);
		assertThat(checked.valid()).isTrue();
		assertThat(checked.idea().areaId()).isNull();
		assertThat(checked.idea().latitude()).isNull();
	}

	@Test
	void everyMissingFieldIsNamed() {
		IdeaRules.Checked checked = IdeaRules.check(draft(null, "  ", "", null, null, null), DIMENSIONS, AREAS);
		assertThat(checked.idea()).isNull();
		assertThat(checked.problems()).extracting(Problem::field, Problem::messageKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple("title", "participation.idea.title.required"),
				org.assertj.core.groups.Tuple.tuple("description", "participation.idea.description.required"),
				org.assertj.core.groups.Tuple.tuple("dimension", "participation.idea.dimension.required"));
	}

	@Test
	void hostileTextIsRefusedNotStored() {
		String megabyte = "ก".repeat(1_000_000);
		assertThat(IdeaRules.check(draft(megabyte, "x", "ENV", "", "", ""), DIMENSIONS, AREAS).problems())
			.extracting(Problem::field, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "participation.survey.answer.tooLong"));
		assertThat(IdeaRules.check(draft("<script>alert(1)</script>", "=HYPERLINK(\"x\")", "ENV", "", "", ""),
				DIMENSIONS, AREAS).problems()).extracting(Problem::messageKey)
			.containsExactly("participation.survey.answer.html", "participation.survey.answer.formula");
		assertThat(IdeaRules.check(draft("t", "d".repeat(IdeaRules.MAX_DESCRIPTION + 1), "ENV", "", "", ""),
				DIMENSIONS, AREAS).problems()).extracting(Problem::field).containsExactly("description");
		assertThat(IdeaRules.check(draft("t".repeat(IdeaRules.MAX_TITLE), "d".repeat(IdeaRules.MAX_DESCRIPTION), "ENV",
				"", "", ""), DIMENSIONS, AREAS).valid()).isTrue();
	}

	@Test
	void unknownDimensionOrAreaIsRefusedAndAHugeValueIsNotEchoed() {
		IdeaRules.Checked checked = IdeaRules.check(draft("t", "d", "X".repeat(5000), "9", "", ""), DIMENSIONS, AREAS);
		assertThat(checked.problems()).extracting(Problem::field).containsExactly("dimension", "area");
		assertThat((String) checked.problems().get(0).arguments().get(0)).hasSize(41);
		assertThat(IdeaRules.check(draft("t", "d", "ENV", "seven", "", ""), DIMENSIONS, AREAS).problems())
			.extracting(Problem::field).containsExactly("area");
		assertThat(IdeaRules.check(draft("t", "d", "ENV", "99999999999999999999999", "", ""), DIMENSIONS, AREAS)
			.problems()).extracting(Problem::field).containsExactly("area");
	}

	@Test
	void aPointNeedsBothCoordinatesInsideThailand() {
		assertThat(fields("16.8", "")).containsExactly("longitude");
		assertThat(fields("", "100.2")).containsExactly("latitude");
		assertThat(fields("51.5", "-0.12")).containsExactly("latitude", "longitude");
		assertThat(fields("abc", "100.2")).containsExactly("latitude");
		assertThat(fields("5.5", "105.7")).isEmpty();
		assertThat(fields("5.49", "97.3")).containsExactly("latitude");
	}

	private static java.util.List<String> fields(String lat, String lon) {
		return IdeaRules.check(draft("t", "d", "ENV", "", lat, lon), DIMENSIONS, AREAS).problems().stream()
			.map(Problem::field).toList();
	}
}
