package org.smartcityplanner.engagement.web.workplan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.engagement.domain.workplan.BuddhistEraDates;
import org.smartcityplanner.engagement.internal.workplan.WorkItem;
import org.smartcityplanner.engagement.internal.workplan.WorkPlan;

/**
 * The geometry of the server-rendered Gantt chart (inline SVG, no script): one row per phase, milestone and
 * deliverable, phases as bars, milestones as diamonds, deliverables as squares on their due date, a line for today and
 * a tick for each month. Late items are drawn with a dashed outline and carry a word in their label, so lateness is
 * not told by colour alone.
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param rows the rows, top to bottom
 * @param months month ticks
 * @param todayX where today is, or -1 when today is outside the work period
 */
public record GanttChart(int width, int height, List<Row> rows, List<Tick> months, double todayX) {

	static final int WIDTH = 1000;
	static final int LABEL_WIDTH = 340;
	static final int ROW_HEIGHT = 22;
	static final int HEADER = 26;

	/** Lays out the plan as of a day, labels in the locale's language. */
	static GanttChart of(WorkPlan plan, LocalDate today, Locale locale) {
		LocalDate start = plan.engagement().startDate();
		LocalDate end = plan.engagement().endDate();
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		boolean thai = "th".equals(locale.getLanguage());
		List<Row> rows = new ArrayList<>();
		int y = HEADER;
		for (WorkItem item : plan.items()) {
			double due = x(start, days, item.dueDate().plusDays(1));
			double from = item.isPhase() && item.startDate() != null ? x(start, days, item.startDate()) : due;
			String label = (item.isPhase() ? "" : "  ") + item.title(thai);
			rows.add(new Row(label, item.kind(), y, from, due, item.lateOn(today), item.done()));
			y += ROW_HEIGHT;
		}
		List<Tick> months = new ArrayList<>();
		for (LocalDate month = start.withDayOfMonth(1).plusMonths(start.getDayOfMonth() == 1 ? 0 : 1);
				!month.isAfter(end); month = month.plusMonths(1)) {
			months.add(new Tick(x(start, days, month), BuddhistEraDates.monthYear(month, locale)));
		}
		double todayX = today.isBefore(start) || today.isAfter(end) ? -1 : x(start, days, today);
		return new GanttChart(WIDTH, y + 4, rows, months, todayX);
	}

	private static double x(LocalDate start, long days, LocalDate date) {
		double share = ChronoUnit.DAYS.between(start, date) / (double) days;
		return Math.round((LABEL_WIDTH + share * (WIDTH - LABEL_WIDTH - 10)) * 10) / 10.0;
	}

	/**
	 * A row of the chart.
	 *
	 * @param label the item's title
	 * @param kind PHASE, MILESTONE or DELIVERABLE
	 * @param y the row's top
	 * @param x1 a phase bar's left end
	 * @param x2 the right end of a phase, or where a milestone or deliverable is due
	 * @param late whether the item is late
	 * @param done whether it is done
	 */
	public record Row(String label, String kind, int y, double x1, double x2, boolean late, boolean done) {

		public double barWidth() {
			return Math.max(2, x2 - x1);
		}

		/** The diamond of a milestone centred on its due date. */
		public String diamond() {
			double cy = y + ROW_HEIGHT / 2.0;
			return (x2 - 7) + "," + cy + " " + x2 + "," + (cy - 7) + " " + (x2 + 7) + "," + cy + " " + x2 + "," + (cy + 7);
		}

		public double textY() {
			return y + ROW_HEIGHT / 2.0 + 4;
		}
	}

	/**
	 * A month tick.
	 *
	 * @param x where the month begins
	 * @param label e.g. "ต.ค. 2569"
	 */
	public record Tick(double x, String label) {
	}
}
