package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Heading;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.Baht;

/** Appendix A: every project with its areas and partners (landscape). Appendix B is {@link EditionAppendix}. */
final class Appendices implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		// the headings open the landscape section: in the portrait one before, they stood alone on a page
		book.landscape();
		book.add(Heading.unnumbered(1, parts.t("book.ch.appendices")));
		book.add(Heading.unnumbered(2, parts.t("book.appx.projects")));
		Map<Long, String> areaNames = parts.input().areas().stream().collect(Collectors.toMap(TargetAreaView::id,
				area -> area.name().in(parts.texts().locale())));
		List<List<Cell>> rows = new ArrayList<>();
		Baht total = Baht.ZERO;
		int n = 1;
		for (Goal goal : parts.input().plan().goals()) {
			String dimension = parts.referenceName(ReferenceKind.SMART_DIMENSION, goal.dimension());
			for (var strategy : goal.strategies()) {
				for (Project project : strategy.projects()) {
					List<String> areas = project.targetAreaIds().stream().sorted().map(id -> areaNames.getOrDefault(id, "#" + id))
						.toList();
					rows.add(List.of(Cell.number(n++), Cell.text(parts.itemName(project.name(), project.nameEn())), Cell.text(dimension),
							Cell.text(String.join(", ", areas)), Cell.text(project.leadAgency()),
							Cell.text(String.join(", ", project.partners())),
							BookParts.money(project.budgetTotal())));
					total = total.plus(project.budgetTotal());
				}
			}
		}
		rows.add(List.of(Cell.bold(parts.t("book.appx.total")).withColSpan(6), BookParts.money(total)));
		List<String> titles = List.of(parts.t("book.no"), parts.t("book.dim.project"), parts.t("book.appx.dimension"),
				parts.t("book.appx.areas"), parts.t("book.dim.agency"), parts.t("book.appx.partners"),
				parts.t("book.dim.budget"));
		book.add(new Table(parts.t("book.appx.projectsTable"),
				List.of(Column.center(0.7), Column.left(4.6), Column.left(2.2), Column.left(3.2), Column.left(3.2),
						Column.left(4.6), Column.right(2.2)),
				List.of(titles.stream().map(title -> Cell.header(title, 1, 1)).toList()), rows, true));
		book.portrait();
		// appendix B, the facts of this edition, follows as a chapter of its own (EditionAppendix)
	}
}
