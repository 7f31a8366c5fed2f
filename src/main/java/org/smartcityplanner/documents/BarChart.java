package org.smartcityplanner.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A simple vertical bar chart drawn on the server into an {@link Image}, labelled in Thai or English.
 *
 * @param caption  caption under the chart
 * @param labels   the bars' labels (e.g. fiscal years)
 * @param values   the bars' values, same order, not negative
 * @param style    how values are printed above the bars
 * @param thaiNumerals whether printed numbers use Thai numerals
 */
public record BarChart(String caption, List<String> labels, List<BigDecimal> values, NumberStyle style,
		boolean thaiNumerals) {

	private static final int WIDTH = 1400;
	private static final int HEIGHT = 700;

	public BarChart {
		labels = List.copyOf(labels);
		values = List.copyOf(values);
		if (labels.size() != values.size()) {
			throw new IllegalArgumentException("one value per label");
		}
	}

	/** The chart as a picture {@code widthCm} wide. */
	public Image toImage(double widthCm) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			draw(g);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return new Image(out.toByteArray(), WIDTH, HEIGHT, widthCm, caption, caption);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void draw(Graphics2D g) {
		int left = 60;
		int right = WIDTH - 40;
		int top = 70;
		int bottom = HEIGHT - 90;
		g.setColor(Color.DARK_GRAY);
		g.setStroke(new BasicStroke(2f));
		g.drawLine(left, bottom, right, bottom);
		if (values.isEmpty()) {
			return;
		}
		BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		double scale = max.signum() <= 0 ? 0 : (bottom - top) / max.doubleValue();
		int slot = (right - left) / values.size();
		int bar = Math.max(8, (int) (slot * 0.6));
		Font font = DrawingFonts.thai(Font.PLAIN, 38f);
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		for (int i = 0; i < values.size(); i++) {
			double value = Math.max(0, values.get(i).doubleValue());
			int height = (int) Math.round(value * scale);
			int x = left + i * slot + (slot - bar) / 2;
			g.setColor(new Color(0x1F4E79));
			g.fillRect(x, bottom - height, bar, height);
			g.setColor(Color.BLACK);
			String shown = NumberText.format(values.get(i), style, thaiNumerals);
			g.drawString(shown, x + (bar - metrics.stringWidth(shown)) / 2, bottom - height - 10);
			String label = ThaiNumerals.apply(labels.get(i), thaiNumerals);
			g.drawString(label, x + (bar - metrics.stringWidth(label)) / 2, bottom + metrics.getAscent() + 10);
		}
	}
}
