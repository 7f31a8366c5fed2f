package org.smartcityplanner.participation.internal.portal;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveyResults.OptionResult;
import org.smartcityplanner.participation.SurveyResults.QuestionResult;
import org.smartcityplanner.participation.domain.portal.SmallCells;
import org.smartcityplanner.participation.internal.portal.PortalView.Cell;
import org.smartcityplanner.participation.internal.portal.PortalView.PublishedResults;
import org.smartcityplanner.participation.internal.portal.PortalView.QuestionView;

/**
 * A survey's results as the public may see them: counts and shares per option with small cells hidden; no open
 * answers (staff have no way yet to mark one publishable), no spread of numbers (a minimum or maximum is one
 * person's answer), a mean only over enough answers and only when no cell is hidden. A lone hidden cell could be
 * worked out from the total, so the next smallest cell is hidden with it.
 */
final class PublicResults {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private PublicResults() {
	}

	static PublishedResults of(SurveyResults results) {
		var summary = results.summary();
		return new PublishedResults(summary.title(),
				summary.closedAt() == null ? null : summary.closedAt().atZone(BANGKOK).toLocalDate(),
				summary.responses(), results.questions().stream().map(PublicResults::question).toList());
	}

	private static QuestionView question(QuestionResult q) {
		List<OptionResult> options = q.options();
		Set<Integer> hidden = new HashSet<>();
		for (int i = 0; i < options.size(); i++) {
			if (SmallCells.hides(options.get(i).count())) {
				hidden.add(i);
			}
		}
		if (hidden.size() == 1) {
			// one hidden cell is the total minus the cells shown: hide the next smallest too (secondary suppression)
			IntStream.range(0, options.size()).filter(i -> !hidden.contains(i) && options.get(i).count() > 0).boxed()
				.min(Comparator.comparingLong(i -> options.get(i).count())).ifPresent(hidden::add);
		}
		List<Cell> cells = IntStream.range(0, options.size()).mapToObj(i -> hidden.contains(i)
				? new Cell(options.get(i).label(), null, null, true)
				: new Cell(options.get(i).label(), options.get(i).count(), options.get(i).percent(), false)).toList();
		// a mean next to the cells shown would give the hidden ones away
		boolean showMean = hidden.isEmpty() && SmallCells.showsSummaryOver(q.answered());
		return new QuestionView(q.position(), q.text(), q.answered(), cells, showMean ? q.mean() : null,
				!hidden.isEmpty());
	}
}
