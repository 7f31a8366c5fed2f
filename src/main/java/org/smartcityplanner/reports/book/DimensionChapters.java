package org.smartcityplanner.reports.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.Column;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberStyle;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.reference.ReferenceItem;
import org.smartcityplanner.reference.ReferenceKind;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Chapter 4: for each smart dimension its goals, strategies and projects, then (on landscape pages) the KPIs
 * with their yearly targets.
 */
final class DimensionChapters implements Chapter {

	@Override
	public void write(DocumentModel.Builder book, BookParts parts) {
		book.heading(1, parts.t("book.ch.dimensions"));
		if (parts.hasUntranslatedNames()) {
			book.paragraph(parts.t("book.untranslatedNote"));
		}
		PlanDocument plan = parts.input().plan();
		Map<String, List<Goal>> byDimension = plan.goals().stream().collect(Collectors.groupingBy(Goal::dimension));
		Map<String, List<Kpi>> kpisByOwner = plan.kpis().stream()
			.collect(Collectors.groupingBy(kpi -> kpi.ownerId().value()));
		List<ReferenceItem> dimensions = new ArrayList<>(parts.references(ReferenceKind.SMART_DIMENSION));
		dimensions.sort(Comparator.comparingInt(ReferenceItem::sortOrder));
		boolean first = true;
		for (ReferenceItem dimension : dimensions) {
			book.portrait();
			if (!first) {
				book.newPage();
			}
			first = false;
			book.heading(2, dimension.name().in(parts.texts().locale()));
			List<Goal> goals = byDimension.getOrDefault(dimension.code(), List.of());
			if (goals.isEmpty()) {
				book.add(parts.placeholder());
				continue;
			}
			List<Kpi> kpis = new ArrayList<>();
			for (Goal goal : goals) {
				goal(book, parts, goal);
				kpis.addAll(kpisByOwner.getOrDefault(goal.id().value(), List.of()));
				goal.strategies().forEach(strategy -> strategy.projects().forEach(
						project -> kpis.addAll(kpisByOwner.getOrDefault(project.id().value(), List.of()))));
			}
			book.landscape();
			book.add(kpiTable(parts, dimension.name().in(parts.texts().locale()), kpis, plan));
		}
		book.portrait();
	}

	private static void goal(DocumentModel.Builder book, BookParts parts, Goal goal) {
		book.heading(3, parts.t("book.dim.goal", parts.itemName(goal.title(), goal.titleEn())));
		if (!goal.description().isBlank()) {
			book.paragraph(goal.description());
		}
		if (goal.strategies().isEmpty()) {
			book.add(parts.placeholder());
			return;
		}
		int n = 1;
		for (Strategy strategy : goal.strategies()) {
			book.add(parts.labelled(parts.t("book.dim.strategy", n++), parts.itemName(strategy.title(),
					strategy.titleEn())));
			if (!strategy.description().isBlank()) {
				book.paragraph(strategy.description());
			}
			book.add(projectTable(parts, strategy));
		}
	}

	private static Table projectTable(BookParts parts, Strategy strategy) {
		List<List<Cell>> rows = new ArrayList<>();
		int n = 1;
		for (Project project : strategy.projects()) {
			rows.add(List.of(Cell.number(n++), Cell.text(parts.itemName(project.name(), project.nameEn())),
					Cell.text(project.leadAgency()),
					Cell.text(years(project, parts)),
					BookParts.money(project.budgetTotal())));
		}
		return Table.simple(parts.t("book.dim.projects", parts.itemName(strategy.title(), strategy.titleEn())),
				List.of(Column.center(0.7), Column.left(4.6), Column.left(2.6), Column.center(1.6), Column.right(2.4)),
				List.of(parts.t("book.no"), parts.t("book.dim.project"), parts.t("book.dim.agency"),
						parts.t("book.dim.years"), parts.t("book.dim.budget")),
				rows);
	}

	private static String years(Project project, BookParts parts) {
		if (project.startYear() == null) {
			return "";
		}
		int first = BookCalendar.year(project.startYear(), parts.texts().language());
		int last = project.endYear() == null ? first : BookCalendar.year(project.endYear(), parts.texts().language());
		return first == last ? String.valueOf(first) : first + "–" + last;
	}

	private static Table kpiTable(BookParts parts, String dimension, List<Kpi> kpis, PlanDocument plan) {
		List<FiscalYear> years = plan.period().years();
		List<Column> columns = new ArrayList<>(List.of(Column.left(5), Column.left(1.8), Column.right(1.4)));
		years.forEach(year -> columns.add(Column.right(1.3)));
		List<Cell> top = new ArrayList<>(List.of(Cell.header(parts.t("book.kpi.name"), 1, 2),
				Cell.header(parts.t("book.kpi.unit"), 1, 2), Cell.header(parts.t("book.kpi.baseline"), 1, 2),
				Cell.header(parts.t("book.kpi.targets"), years.size(), 1)));
		List<Cell> second = years.stream().map(year -> Cell.header(String.valueOf(BookCalendar.year(year, parts.texts().language())), 1, 1)).toList();
		List<List<Cell>> rows = new ArrayList<>();
		for (Kpi kpi : kpis) {
			List<Cell> row = new ArrayList<>(List.of(Cell.text(parts.itemName(kpi.name(), kpi.nameEn())),
					Cell.text(kpi.unit()),
					kpi.baseline() == null ? Cell.empty() : Cell.number(kpi.baseline().value(), NumberStyle.GENERAL)));
			years.forEach(year -> row.add(Cell.number(kpi.targets().get(year), NumberStyle.GENERAL)));
			rows.add(row);
		}
		return new Table(parts.t("book.kpi.table", dimension), columns, List.of(top, second), rows, false);
	}
}
