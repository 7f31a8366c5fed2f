package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.participation.domain.survey.Problem;

/**
 * The staff list opens on the moderation queue; a filter value that names nothing (an unknown status, dimension
 * or another province's area) is reported by its field and not applied, never guessed.
 */
class StaffIdeaFilterTests {

	static final Set<String> DIMENSIONS = Set.of("ENV", "ECO");
	static final Set<Long> AREAS = Set.of(11L, 12L);

	@Test
	void opensOnTheQueueOfIdeasAwaitingADecisionAndListsEveryStatusOnAsk() {
		StaffIdeaFilter queue = StaffIdeaFilter.read(null, null, null, DIMENSIONS, AREAS);
		assertThat(queue.status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(queue.toFilter().withHidden()).isTrue();
		assertThat(queue.problems()).isEmpty();
		StaffIdeaFilter all = StaffIdeaFilter.read("all", "ENV", "12", DIMENSIONS, AREAS);
		assertThat(all.status()).isNull();
		assertThat(all.path("/p/TH-65/participation/ideas"))
			.isEqualTo("/p/TH-65/participation/ideas?status=ALL&dimension=ENV&area=12");
		assertThat(StaffIdeaFilter.read("hidden", "", "", DIMENSIONS, AREAS).status()).isEqualTo(IdeaStatus.HIDDEN);
	}

	@Test
	void reportsEachUnusableValueByItsFieldAndLeavesItOut() {
		StaffIdeaFilter filter = StaffIdeaFilter.read("SOLD", "XYZ", "99", DIMENSIONS, AREAS);
		assertThat(filter.problems()).extracting(Problem::field).containsExactly("status", "dimension", "area");
		assertThat(filter.status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(filter.dimension()).isNull();
		assertThat(filter.area()).isNull();
		assertThat(StaffIdeaFilter.read(null, null, "1e3", DIMENSIONS, AREAS).problems()).hasSize(1);
		assertThat(StaffIdeaFilter.read(null, "x".repeat(100_000), null, DIMENSIONS, AREAS).problems().get(0)
			.arguments().get(0).toString()).hasSizeLessThan(50);
	}
}
