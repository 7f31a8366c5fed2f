package org.smartcityplanner.training.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.smartcityplanner.documents.Image;

/**
 * Draws a simple horizontal bar chart as PNG for the training report (no chart library, no outside service):
 * one or two series of values per labelled row, each bar labelled with its value so the chart reads without
 * colours. Thai labels use a Thai font installed on the machine (the TLWG fonts the PDF engine uses too).
 */
final class BarChart {

	static final int WIDTH = 1400;
	private static final int ROW = 56;
	private static final int LABEL_WIDTH = 520;
	private static final Color[] SERIES = { new Color(0x0b4f6c), new Color(0xd9822b) };
	private static final String FONT = thaiFont();

	/** One row of the chart: a label and one value per series. */
	record Bar(String label, List<Double> values) {
	}

	private BarChart() {
	}

	/**
	 * @param bars the rows
	 * @param max the value of a full-width bar (e.g. 100 for percentages)
	 * @param seriesNames the legend, one name per series
	 * @param unit appended to the value labels, e.g. "%"
	 */
	static Image image(List<Bar> bars, double max, List<String> seriesNames, String unit, String caption) {
		int series = seriesNames.size();
		int height = (series > 1 ? 80 : 40) + bars.size() * ROW + 20;
		BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			g.setFont(new Font(FONT, Font.PLAIN, 26));
			int y = 40;
			if (series > 1) {
				int x = LABEL_WIDTH;
				for (int s = 0; s < series; s++) {
					g.setColor(SERIES[s]);
					g.fillRect(x, y - 20, 24, 24);
					g.setColor(Color.DARK_GRAY);
					g.drawString(seriesNames.get(s), x + 34, y);
					x += 60 + g.getFontMetrics().stringWidth(seriesNames.get(s));
				}
				y += 40;
			}
			int barArea = WIDTH - LABEL_WIDTH - 140;
			int barHeight = (ROW - 14) / series;
			for (Bar bar : bars) {
				g.setColor(Color.DARK_GRAY);
				g.drawString(fit(g, bar.label(), LABEL_WIDTH - 30), 10, y + ROW / 2);
				for (int s = 0; s < series; s++) {
					double value = bar.values().get(s);
					int w = (int) Math.round(barArea * Math.max(0, Math.min(value, max)) / max);
					int top = y + 7 + s * barHeight;
					g.setColor(SERIES[s]);
					g.fillRect(LABEL_WIDTH, top, w, barHeight - 4);
					g.setColor(Color.DARK_GRAY);
					g.drawString(format(value) + unit, LABEL_WIDTH + w + 10, top + barHeight - 10);
				}
				y += ROW;
			}
			g.setColor(Color.GRAY);
			g.setStroke(new BasicStroke(2));
			g.drawLine(LABEL_WIDTH, 20, LABEL_WIDTH, y);
		}
		finally {
			g.dispose();
		}
		return new Image(png(img), WIDTH, height, 16, caption, caption);
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

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	private static byte[] png(BufferedImage img) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(img, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String thaiFont() {
		Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		for (String candidate : List.of("TH Sarabun New", "Sarabun", "Laksaman", "Garuda", "Loma", "Noto Sans Thai")) {
			if (installed.contains(candidate)) {
				return candidate;
			}
		}
		return Font.SANS_SERIF;
	}
}
