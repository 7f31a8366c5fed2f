package org.smartcityplanner.monitoring.web.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.smartcityplanner.monitoring.internal.kpi.HistoryPoint;

/**
 * A KPI's trend as a server-rendered SVG: the year's target as a line across its four quarters and the approved
 * values as dots joined by a line, one step per reporting period. Only approved values are drawn; the page shows
 * the same figures in a table for readers who cannot see the chart.
 *
 * @param width drawing width
 * @param height drawing height
 * @param targetLine polyline points of the targets
 * @param actualLine polyline points of the approved values
 * @param actuals the approved values' dots
 * @param ticks the value axis' labels
 * @param years the fiscal years along the bottom
 */
record TrendChart(int width, int height, String targetLine, String actualLine, List<Dot> actuals, List<Tick> ticks,
		List<YearLabel> years) {

	static final int WIDTH = 640;
	static final int HEIGHT = 260;
	private static final int LEFT = 56;
	private static final int RIGHT = 16;
	private static final int TOP = 16;
	private static final int BOTTOM = 36;

	static TrendChart of(List<HistoryPoint> points) {
		BigDecimal max = BigDecimal.ONE;
		for (HistoryPoint point : points) {
			if (point.target() != null) {
				max = max.max(point.target());
			}
			if (point.value() != null && point.value().approved()) {
				max = max.max(point.value().actual());
			}
		}
		double top = niceCeiling(max.doubleValue() * 1.1);
		int n = Math.max(points.size(), 1);
		double step = (double) (WIDTH - LEFT - RIGHT) / n;
		List<String> target = new ArrayList<>();
		List<Dot> actuals = new ArrayList<>();
		List<YearLabel> years = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			HistoryPoint point = points.get(i);
			double x = LEFT + step * (i + 0.5);
			if (point.target() != null) {
				target.add(round(x) + "," + round(y(point.target().doubleValue(), top)));
			}
			if (point.value() != null && point.value().approved()) {
				actuals.add(new Dot(round(x), round(y(point.value().actual().doubleValue(), top)),
						point.value().actual(), point.period().quarter().number(),
						point.period().quarter().year().toString()));
			}
			if (point.period().quarter().number() == 1) {
				years.add(new YearLabel(round(LEFT + step * i), point.period().quarter().year().toString()));
			}
		}
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double value = top * i / 4;
			ticks.add(new Tick(round(y(value, top)), BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)
				.stripTrailingZeros().toPlainString()));
		}
		String actualLine = actuals.stream().map(dot -> dot.x() + "," + dot.y()).collect(Collectors.joining(" "));
		return new TrendChart(WIDTH, HEIGHT, String.join(" ", target), actualLine, actuals, ticks, years);
	}

	private static double y(double value, double top) {
		return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
	}

	/** 1, 2 or 5 times a power of ten, at least {@code value}: axis labels a reader can take in. */
	static double niceCeiling(double value) {
		double power = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-9))));
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (factor * power >= value) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	private static String round(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** An approved value's dot. */
	record Dot(String x, String y, BigDecimal value, int quarter, String year) {
	}

	/** A value axis label at height {@code y}. */
	record Tick(String y, String label) {
	}

	/** A fiscal year's label from {@code x}. */
	record YearLabel(String x, String year) {
	}

	public int bottom() {
		return HEIGHT - BOTTOM;
	}

	public int left() {
		return LEFT;
	}
}
