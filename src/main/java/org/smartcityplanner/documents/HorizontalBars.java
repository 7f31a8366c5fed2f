package org.smartcityplanner.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link BarChart} with horizontal bars: labels on the left (on two lines when long), one bar per series
 * and label, the legend on top when there are several series.
 */
final class HorizontalBars {

	private static final int ROW = 60;
	/** A row whose label needs two lines. */
	private static final int TALL_ROW = 100;
	private static final float FONT_SIZE = 30f;
	private static final int LABEL_WIDTH = 520;
	private static final Locale THAI = Locale.forLanguageTag("th");
	private static final Color[] SERIES = { new Color(0x0b4f6c), new Color(0xd9822b), new Color(0x5a8f29),
			new Color(0x7d3c98) };

	private HorizontalBars() {
	}

	static int height(BarChart chart) {
		return (chart.series().size() > 1 ? 80 : 40) + chart.labels().size() * row(chart) + 20;
	}

	/** Rows grow to two lines when a label is longer than the label column, so long names are not cut short. */
	private static int row(BarChart chart) {
		Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		try {
			FontMetrics metrics = scratch.getFontMetrics(DrawingFonts.thai(Font.PLAIN, FONT_SIZE));
			boolean wraps = chart.labels().stream().anyMatch(label -> metrics.stringWidth(label) > LABEL_WIDTH - 30);
			return wraps ? TALL_ROW : ROW;
		}
		finally {
			scratch.dispose();
		}
	}

	static void draw(BarChart chart, Graphics2D g) {
		int series = chart.series().size();
		g.setFont(DrawingFonts.thai(Font.PLAIN, FONT_SIZE));
		int row = row(chart);
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
		int barHeight = Math.min(ROW - 14, row - 14) / series;
		int barsTop = (row - barHeight * series) / 2;
		for (int i = 0; i < chart.labels().size(); i++) {
			g.setColor(Color.DARK_GRAY);
			String label = ThaiNumerals.apply(chart.labels().get(i), chart.thaiNumerals());
			List<String> lines = lines(g, label, LABEL_WIDTH - 30);
			int lineHeight = g.getFontMetrics().getHeight();
			int baseline = y + (row - lines.size() * lineHeight) / 2 + g.getFontMetrics().getAscent();
			for (String line : lines) {
				g.drawString(line, 10, baseline);
				baseline += lineHeight;
			}
			for (int s = 0; s < series; s++) {
				BigDecimal value = chart.series().get(s).values().get(i);
				double clipped = Math.max(0, Math.min(value.doubleValue(), max));
				int w = (int) Math.round(barArea * clipped / max);
				int top = y + barsTop + s * barHeight;
				g.setColor(colour(s));
				g.fillRect(LABEL_WIDTH, top, w, barHeight - 4);
				g.setColor(Color.DARK_GRAY);
				g.drawString(chart.shown(value), LABEL_WIDTH + w + 10, top + barHeight - 10);
			}
			y += row;
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

	/**
	 * The label on one line, or on two broken where Thai or English allows (the JDK's dictionary-based line
	 * breaker knows Thai words), the second cut with an ellipsis if it is still too long.
	 */
	private static List<String> lines(Graphics2D g, String text, int width) {
		if (g.getFontMetrics().stringWidth(text) <= width) {
			return List.of(text);
		}
		BreakIterator breaks = BreakIterator.getLineInstance(THAI);
		breaks.setText(text);
		int cut = 0;
		for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
			if (g.getFontMetrics().stringWidth(text.substring(0, end).stripTrailing()) > width) {
				break;
			}
			cut = end;
		}
		if (cut == 0) {
			return List.of(fit(g, text, width));
		}
		return List.of(text.substring(0, cut).stripTrailing(), fit(g, text.substring(cut).strip(), width));
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
