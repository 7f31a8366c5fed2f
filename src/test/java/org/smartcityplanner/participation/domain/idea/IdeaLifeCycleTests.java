package org.smartcityplanner.participation.domain.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.survey.Problem;

/**
 * The life cycle checked for every status against the table of allowed steps written out independently: published
 * → hidden, accepted, declined; hidden → published; accepted and declined final; rating only after a decision.
 */
class IdeaLifeCycleTests {

	@Test
	void onlyPublishedIdeasMayBeHiddenAcceptedOrDeclined() {
		for (IdeaStatus status : IdeaStatus.values()) {
			boolean published = status == IdeaStatus.PUBLISHED;
			assertThat(IdeaLifeCycle.hide(status, "ข้อความโฆษณา").isEmpty()).as("hide %s", status).isEqualTo(published);
			assertThat(IdeaLifeCycle.accept(status).isEmpty()).as("accept %s", status).isEqualTo(published);
			assertThat(IdeaLifeCycle.decline(status, "งบประมาณไม่พอ").isEmpty()).as("decline %s", status)
				.isEqualTo(published);
			assertThat(IdeaLifeCycle.restore(status).isEmpty()).as("restore %s", status)
				.isEqualTo(status == IdeaStatus.HIDDEN);
		}
	}

	@Test
	void hiddenAndDecidedIdeasSayWhyTheyCannotBeDecided() {
		assertThat(key(IdeaLifeCycle.accept(IdeaStatus.HIDDEN))).isEqualTo("participation.idea.lifecycle.hiddenNotDecidable");
		assertThat(key(IdeaLifeCycle.decline(IdeaStatus.ACCEPTED, "x")))
			.isEqualTo("participation.idea.lifecycle.alreadyDecided");
		assertThat(key(IdeaLifeCycle.accept(IdeaStatus.DECLINED))).isEqualTo("participation.idea.lifecycle.alreadyDecided");
	}

	@Test
	void hidingAndDecliningNeedAPlainReasonOfBoundedLength() {
		assertThat(key(IdeaLifeCycle.hide(IdeaStatus.PUBLISHED, "  "))).isEqualTo("participation.idea.lifecycle.reasonRequired");
		assertThat(key(IdeaLifeCycle.decline(IdeaStatus.PUBLISHED, null)))
			.isEqualTo("participation.idea.lifecycle.reasonRequired");
		assertThat(key(IdeaLifeCycle.decline(IdeaStatus.PUBLISHED, "<b>no</b>"))).isEqualTo("participation.survey.answer.html");
		assertThat(key(IdeaLifeCycle.hide(IdeaStatus.PUBLISHED, "x".repeat(IdeaLifeCycle.MAX_HIDDEN_REASON + 1))))
			.isEqualTo("participation.survey.answer.tooLong");
		assertThat(IdeaLifeCycle.hide(IdeaStatus.PUBLISHED, "x".repeat(IdeaLifeCycle.MAX_HIDDEN_REASON))).isEmpty();
	}

	@Test
	void theAuthorRatesADecidedAnswerOnceFromOneToFive() {
		Set<IdeaStatus> decided = EnumSet.of(IdeaStatus.ACCEPTED, IdeaStatus.DECLINED);
		for (IdeaStatus status : IdeaStatus.values()) {
			for (int rating = -1; rating <= 7; rating++) {
				boolean allowed = decided.contains(status) && rating >= 1 && rating <= 5;
				assertThat(IdeaLifeCycle.rate(status, null, rating, "").isEmpty()).as("%s %d", status, rating)
					.isEqualTo(allowed);
				assertThat(IdeaLifeCycle.rate(status, 3, rating, "")).as("rated before").isPresent();
			}
		}
		assertThat(key(IdeaLifeCycle.rate(IdeaStatus.ACCEPTED, 4, 5, null)))
			.isEqualTo("participation.idea.rating.alreadyRated");
		assertThat(key(IdeaLifeCycle.rate(IdeaStatus.PUBLISHED, null, 5, null)))
			.isEqualTo("participation.idea.rating.notDecided");
		assertThat(key(IdeaLifeCycle.rate(IdeaStatus.DECLINED, null, 2, "=1+1")))
			.isEqualTo("participation.survey.answer.formula");
	}

	private static String key(Optional<Problem> problem) {
		return problem.map(Problem::messageKey).orElse(null);
	}
}
