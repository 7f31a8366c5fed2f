package org.smartcityplanner.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.math.BigDecimal;

/**
 * Draws a {@link BarChart} with horizontal bars: labels on the left (cut with an ellipsis when too long), one bar
 * per series and label, the legend on top when there are several series.
 */
final class HorizontalBars {

	private static final int ROW = 60;
	private static final int LABEL_WIDTH = 520;
	private static final Color[] SERIES = { new Color(0x0b4f6c), new Color(0xd9822b), new Color(0x5a8f29),
			new Color(0x7d3c98) };

	private HorizontalBars() {
	}

	static int height(BarChart chart) {
		return (chart.series().size() > 1 ? 80 : 40) + chart.labels().size() * ROW + 20;
	}

	static void draw(BarChart chart, Graphics2D g) {
		int series = chart.series().size();
		g.setFont(DrawingFonts.thai(Font.PLAIN, 30f));
		int y = 40;
		if (series > 1) {
			int x = LABEL_WIDTH;
			for (int s = 0; s < series; s++) {
				String name = chart.series().get(s).name();
				g.setColor(colour(s));
				g.fillRect(x, y - 20, 24, 24);
				g.setColor(Color.DARK_GRAY);
				g.drawString(name, x + 34, y);
				x += 60 + g.getFontMetrics().stringWidth(name);
			}
			y += 40;
		}
		double max = fullBar(chart);
		int barArea = BarChart.WIDTH - LABEL_WIDTH - 140;
		int barHeight = (ROW - 14) / series;
		for (int row = 0; row < chart.labels().size(); row++) {
			g.setColor(Color.DARK_GRAY);
			String label = ThaiNumerals.apply(chart.labels().get(row), chart.thaiNumerals());
			g.drawString(fit(g, label, LABEL_WIDTH - 30), 10, y + ROW / 2);
			for (int s = 0; s < series; s++) {
				BigDecimal value = chart.series().get(s).values().get(row);
				double clipped = Math.max(0, Math.min(value.doubleValue(), max));
				int w = (int) Math.round(barArea * clipped / max);
				int top = y + 7 + s * barHeight;
				g.setColor(colour(s));
				g.fillRect(LABEL_WIDTH, top, w, barHeight - 4);
				g.setColor(Color.DARK_GRAY);
				g.drawString(chart.shown(value), LABEL_WIDTH + w + 10, top + barHeight - 10);
			}
			y += ROW;
		}
		g.setColor(Color.GRAY);
		g.setStroke(new BasicStroke(2));
		g.drawLine(LABEL_WIDTH, 20, LABEL_WIDTH, y);
	}

	private static double fullBar(BarChart chart) {
		if (chart.max() != null) {
			return chart.max().doubleValue();
		}
		double largest = chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(BigDecimal::doubleValue)
			.max().orElse(1);
		return largest > 0 ? largest : 1;
	}

	private static Color colour(int series) {
		return SERIES[series % SERIES.length];
	}

	private static String fit(Graphics2D g, String text, int width) {
		if (g.getFontMetrics().stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && g.getFontMetrics().stringWidth(cut + "…") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}
}
