package org.smartcityplanner.participation.internal.portal;

import java.time.ZoneId;
import java.util.List;

import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveyResults.QuestionResult;
import org.smartcityplanner.participation.domain.portal.SmallCells;
import org.smartcityplanner.participation.internal.portal.PortalView.Cell;
import org.smartcityplanner.participation.internal.portal.PortalView.PublishedResults;
import org.smartcityplanner.participation.internal.portal.PortalView.QuestionView;

/**
 * A survey's results as the public may see them: counts and shares per option with small cells hidden; no open
 * answers (staff have no way yet to mark one publishable), no spread of numbers (a minimum or maximum is one
 * person's answer), a mean only over enough answers.
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
		List<Cell> cells = q.options().stream()
			.map(o -> SmallCells.hides(o.count()) ? new Cell(o.label(), null, null, true)
					: new Cell(o.label(), o.count(), o.percent(), false))
			.toList();
		boolean someHidden = cells.stream().anyMatch(Cell::hidden);
		return new QuestionView(q.position(), q.text(), q.answered(), cells,
				SmallCells.showsSummaryOver(q.answered()) ? q.mean() : null, someHidden);
	}
}
