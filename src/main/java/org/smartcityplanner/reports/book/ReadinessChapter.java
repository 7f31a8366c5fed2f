package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.plan.model.readiness.CheckResult;
import org.smartcityplanner.plan.model.readiness.Finding;
import org.smartcityplanner.plan.model.readiness.ReadinessReport;

/** Chapter 6: the committee's readiness checklist with the score and what is left to fix. */
final class ReadinessChapter implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		ReadinessReport report = parts.input().readiness();
		book.heading(1, parts.t("book.ch.readiness"));
		book.paragraph(parts.t("book.readiness.score", report.score()));
		List<List<Cell>> rows = new ArrayList<>();
		int n = 1;
		for (CheckResult result : report.results()) {
			List<String> findings = result.findings().stream()
				.map(finding -> parts.t(finding.messageKey(), args(finding, parts).toArray())).toList();
			rows.add(List.of(Cell.number(n++), Cell.text(parts.t("readiness.policy." + result.policyCode())),
					Cell.text(parts.t("readiness.status." + result.status().name())),
					Cell.text(findings.isEmpty() ? "-" : "• " + String.join("\n• ", findings))));
		}
		book.add(Table.simple(parts.t("book.readiness.table"),
				List.of(Column.center(0.7), Column.left(3.5), Column.center(1.6), Column.left(6)),
				List.of(parts.t("book.no"), parts.t("book.readiness.criterion"), parts.t("book.readiness.result"),
						parts.t("book.readiness.findings")),
				rows));
	}

	/** In the English book a goal, project or KPI is named in English, or in Thai marked as not translated. */
	private static List<String> args(Finding finding, BookParts parts) {
		return parts.texts().language() == DocumentLanguage.THAI ? finding.args()
				: finding.englishArgs(thai -> parts.t("book.untranslated", thai));
	}
}
