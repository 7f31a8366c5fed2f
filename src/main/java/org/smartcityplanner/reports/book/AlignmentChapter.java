package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.plan.model.alignment.AlignedItem;
import org.smartcityplanner.plan.model.alignment.CatalogueList;
import org.smartcityplanner.plan.model.alignment.MatrixRow;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.reference.ReferenceKind;

/** Chapter 5: the alignment matrix, one table per national or provincial list (landscape). */
final class AlignmentChapter implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch.alignment"));
		book.paragraph(parts.t("book.alignment.text"));
		book.landscape();
		for (CatalogueList list : CatalogueList.values()) {
			if (list == CatalogueList.DIMENSION) {
				continue;
			}
			List<List<Cell>> rows = new ArrayList<>();
			for (MatrixRow row : parts.input().alignment().matrix()) {
				if (row.list() != list) {
					continue;
				}
				List<String> items = row.items().stream().map(AlignedItem::label).toList();
				rows.add(List.of(Cell.text(row.code()), Cell.text(name(parts, list, row.code())),
						Cell.number(row.count()), Cell.text(String.join("; ", items))));
			}
			book.add(Table.simple(parts.t("plan.alignment.list." + list.name()),
					List.of(Column.left(1.2), Column.left(5), Column.right(1), Column.left(8)),
					List.of(parts.t("book.alignment.code"), parts.t("book.alignment.name"),
							parts.t("book.alignment.count"), parts.t("book.alignment.items")),
					rows));
		}
		book.portrait();
	}

	private static String name(BookParts parts, CatalogueList list, String code) {
		return switch (list) {
			case NATIONAL_STRATEGY -> parts.referenceName(ReferenceKind.NATIONAL_STRATEGY, code);
			case MASTER_PLAN -> parts.referenceName(ReferenceKind.NATIONAL_MASTER_PLAN, code);
			case MILESTONE -> parts.referenceName(ReferenceKind.NESDP_MILESTONE, code);
			case SDG -> parts.referenceName(ReferenceKind.SDG, code);
			case DIMENSION -> parts.referenceName(ReferenceKind.SMART_DIMENSION, code);
			case PROVINCIAL_STRATEGY -> parts.input().provincialStrategies().stream()
				.filter(strategy -> strategy.code().equals(code)).map(ProvincialStrategy::title).findFirst()
				.orElse(code);
		};
	}
}
