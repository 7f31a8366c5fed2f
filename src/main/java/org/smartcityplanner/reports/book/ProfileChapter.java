package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.profile.ContextParts;
import org.smartcityplanner.profile.SwotLists;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reference.ReferenceKind;

/** Chapter 2: the province's context, SWOT, and its target areas with a map. */
final class ProfileChapter implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch.profile"));
		book.heading(2, parts.t("book.profile.context"));
		ContextParts context = parts.input().context();
		String[][] contextParts = { { "profile.context.economy", context.economy() },
				{ "profile.context.society", context.society() },
				{ "profile.context.environment", context.environment() },
				{ "profile.context.infrastructure", context.infrastructure() },
				{ "profile.context.digitalReadiness", context.digitalReadiness() } };
		for (String[] part : contextParts) {
			book.heading(3, parts.t(part[0]));
			parts.text(book, part[1]);
		}
		book.heading(2, parts.t("book.profile.swot"));
		swot(book, parts, parts.input().swot());
		book.heading(2, parts.t("book.profile.areas"));
		book.add(areasTable(parts));
		List<TargetAreaView> areas = parts.input().areas();
		AreaMap.render(parts.input().boundaries(), parts.input().provinceOutline(), parts.texts())
			.ifPresentOrElse(map -> {
				book.add(map.image());
				book.paragraph(parts.t(parts.input().provinceOutline() == null ? "book.map.sourceAreas"
						: "book.map.source", parts.provinceName(), EditionAppendix.date(parts)));
			}, () -> book.add(parts.placeholder()));
		for (TargetAreaView area : areas) {
			book.heading(3, area.name().in(parts.texts().locale()));
			book.add(parts.labelled(parts.t("book.profile.positioning"), area.positioning()));
		}
	}

	/**
	 * The SWOT as two tables of two quadrants each, the second without a caption right under the first: each
	 * has its own header row, so a page break between them repeats the right titles (strengths and weaknesses
	 * over their items, opportunities and threats over theirs).
	 */
	private static void swot(DocumentModel.Builder book, BookParts parts, SwotLists swot) {
		book.add(Table.simple(parts.t("book.profile.swotTable"), List.of(Column.left(1), Column.left(1)),
				List.of(parts.t("swot.strengths"), parts.t("swot.weaknesses")),
				List.of(List.of(items(parts, swot.strengths()), items(parts, swot.weaknesses())))));
		book.add(Table.simple("", List.of(Column.left(1), Column.left(1)),
				List.of(parts.t("swot.opportunities"), parts.t("swot.threats")),
				List.of(List.of(items(parts, swot.opportunities()), items(parts, swot.threats())))));
	}

	private static Cell items(BookParts parts, List<String> items) {
		if (items.isEmpty()) {
			return Cell.text(parts.texts().language().noData());
		}
		StringBuilder text = new StringBuilder();
		for (String item : items) {
			text.append(text.isEmpty() ? "" : "\n").append("• ").append(item);
		}
		return Cell.text(text.toString());
	}

	private static Table areasTable(BookParts parts) {
		List<List<Cell>> rows = new ArrayList<>();
		int n = 1;
		for (TargetAreaView area : parts.input().areas()) {
			List<String> dimensions = area.leadDimensions().stream()
				.map(code -> parts.referenceName(ReferenceKind.SMART_DIMENSION, code)).toList();
			rows.add(List.of(Cell.number(n++), Cell.text(area.name().in(parts.texts().locale())),
					// the committee's criterion 1 asks for the city type next to the kind of area
					Cell.text(parts.t("areaType." + area.type().name())
							+ (area.cityType() == null ? "" : "\n" + parts.t("cityType." + area.cityType().name()))),
					area.population() == null ? Cell.empty() : Cell.number(area.population()),
					Cell.number(area.areaSqKm() == null ? null : area.areaSqKm(), NumberStyle.DECIMAL),
					Cell.text(String.join(", ", dimensions))));
		}
		return Table.simple(parts.t("book.profile.areasTable"),
				List.of(Column.center(0.7), Column.left(3), Column.left(2), Column.right(1.6), Column.right(1.6),
						Column.left(3.5)),
				List.of(parts.t("book.no"), parts.t("book.profile.areaName"), parts.t("book.profile.areaType"),
						parts.t("book.profile.population"), parts.t("book.profile.areaKm2"),
						parts.t("book.profile.leadDimensions")),
				rows);
	}
}
