package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.plan.model.alignment.Coverage;

/** Chapter 1: background and the national policy context, with how far the plan covers each national list. */
final class PolicyChapter implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch.policy"));
		book.heading(2, parts.t("book.policy.background"));
		book.paragraph(parts.t("book.policy.background.text", parts.provinceName()));
		book.heading(2, parts.t("book.policy.national"));
		book.paragraph(parts.t("book.policy.national.text"));
		List<List<Cell>> rows = new ArrayList<>();
		for (Coverage coverage : parts.input().alignment().coverages()) {
			rows.add(List.of(Cell.text(parts.t("plan.alignment.list." + coverage.list().name())),
					Cell.number(coverage.covered()), Cell.number(coverage.total()),
					Cell.number(java.math.BigDecimal.valueOf(coverage.percent()), NumberStyle.INTEGER)));
		}
		book.add(Table.simple(parts.t("book.policy.coverageTable"),
				List.of(Column.left(5), Column.right(1.5), Column.right(1.5), Column.right(1.5)),
				List.of(parts.t("book.policy.list"), parts.t("book.policy.covered"), parts.t("book.policy.total"),
						parts.t("book.policy.percent")),
				rows));
	}
}
