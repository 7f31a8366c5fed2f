package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.plan.model.alignment.AlignedItem;
import org.smartcityplanner.plan.model.alignment.AlignedKind;
import org.smartcityplanner.plan.model.alignment.CatalogueList;
import org.smartcityplanner.plan.model.alignment.MatrixRow;
import org.smartcityplanner.profile.ProvincialStrategy;
import org.smartcityplanner.reference.ReferenceKind;

/**
 * Chapter 5: the alignment matrix. First a compact summary, one row per entry of each national or provincial
 * list with how many goals, strategies and projects align with it; then, per list, the entries that have
 * aligned items, each item on its own line of the cell (rows as long as a page split across pages).
 */
final class AlignmentChapter implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch.alignment"));
		book.paragraph(parts.t("book.alignment.text"));
		book.heading(2, parts.t("book.alignment.summary"));
		book.add(summary(parts));
		for (CatalogueList list : lists()) {
			book.heading(2, parts.t("plan.alignment.list." + list.name()));
			List<List<Cell>> rows = new ArrayList<>();
			for (MatrixRow row : rows(parts, list)) {
				if (!row.isTouched()) {
					continue;
				}
				List<String> lines = row.items().stream().map(item -> "• " + label(parts, item)).toList();
				rows.add(List.of(Cell.text(row.code()), Cell.text(name(parts, list, row.code())),
						Cell.text(String.join("\n", lines))));
			}
			if (rows.isEmpty()) {
				book.paragraph(parts.t("book.alignment.noneTouched"));
				continue;
			}
			book.add(Table.simple(parts.t("book.alignment.detailsTable", parts.t("plan.alignment.list." + list.name())),
					List.of(Column.left(1), Column.left(4), Column.left(7)),
					List.of(parts.t("book.alignment.code"), parts.t("book.alignment.name"), parts.t("book.alignment.items")),
					rows));
		}
	}

	private static Table summary(BookParts parts) {
		List<List<Cell>> rows = new ArrayList<>();
		for (CatalogueList list : lists()) {
			rows.add(List.of(Cell.bold(parts.t("plan.alignment.list." + list.name())).withColSpan(6)));
			for (MatrixRow row : rows(parts, list)) {
				rows.add(List.of(Cell.text(row.code()), Cell.text(name(parts, list, row.code())),
						Cell.number(count(row, AlignedKind.GOAL)), Cell.number(count(row, AlignedKind.STRATEGY)),
						Cell.number(count(row, AlignedKind.PROJECT)), Cell.number(row.count())));
			}
		}
		return Table.simple(parts.t("book.alignment.summaryTable"),
				List.of(Column.left(1), Column.left(6), Column.right(1.2), Column.right(1.2), Column.right(1.2),
						Column.right(1.2)),
				List.of(parts.t("book.alignment.code"), parts.t("book.alignment.name"), parts.t("book.alignment.goals"),
						parts.t("book.alignment.strategies"), parts.t("book.alignment.projects"),
						parts.t("book.alignment.total")),
				rows);
	}

	private static List<CatalogueList> lists() {
		return java.util.Arrays.stream(CatalogueList.values()).filter(list -> list != CatalogueList.DIMENSION).toList();
	}

	private static List<MatrixRow> rows(BookParts parts, CatalogueList list) {
		return parts.input().alignment().matrix().stream().filter(row -> row.list() == list).toList();
	}

	private static long count(MatrixRow row, AlignedKind kind) {
		return row.items().stream().filter(item -> item.kind() == kind).count();
	}

	private static String label(BookParts parts, AlignedItem item) {
		return parts.t("book.alignment.item." + item.kind().name(), item.label());
	}

	private static String name(BookParts parts, CatalogueList list, String code) {
		return switch (list) {
			case NATIONAL_STRATEGY -> parts.referenceName(ReferenceKind.NATIONAL_STRATEGY, code);
			case MASTER_PLAN -> parts.referenceName(ReferenceKind.NATIONAL_MASTER_PLAN, code);
			case MILESTONE -> parts.referenceName(ReferenceKind.NESDP_MILESTONE, code);
			case SDG -> parts.referenceName(ReferenceKind.SDG, code);
			case THAILAND_40 -> parts.referenceName(ReferenceKind.THAILAND_40, code);
			case DIMENSION -> parts.referenceName(ReferenceKind.SMART_DIMENSION, code);
			case PROVINCIAL_STRATEGY -> parts.input().provincialStrategies().stream()
				.filter(strategy -> strategy.code().equals(code)).map(ProvincialStrategy::title).findFirst()
				.orElse(code);
		};
	}
}
