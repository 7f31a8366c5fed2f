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
import java.util.Objects;

import javax.imageio.ImageIO;

/**
 * A bar chart drawn on the server into an {@link Image}, labelled in Thai or English: the one chart renderer of
 * the application. Vertical charts show one series (e.g. budget per fiscal year); horizontal charts suit long
 * labels (session titles) and may compare series side by side (before and after training), with a legend.
 * Every bar carries its value, so the chart reads without colours.
 *
 * @param caption      caption under the chart
 * @param labels       the bars' labels (e.g. fiscal years)
 * @param series       the values, one series or more, one value per label each, not negative
 * @param style        how values are printed beside the bars
 * @param thaiNumerals whether printed numbers use Thai numerals
 * @param direction    which way the bars grow
 * @param max          the value of a full-length bar (e.g. 100 for percentages), or null for the largest value
 * @param unit         appended to printed values (e.g. "%"), may be empty
 */
public record BarChart(String caption, List<String> labels, List<Series> series, NumberStyle style,
		boolean thaiNumerals, Direction direction, BigDecimal max, String unit) {

	/** Which way the bars grow. */
	public enum Direction {
		/** Columns standing on the label axis; one series. */
		VERTICAL,
		/** Bars growing to the right of their labels; one series or more. */
		HORIZONTAL
	}

	/**
	 * One series of values.
	 *
	 * @param name   its name in the legend (shown only when there are several series)
	 * @param values one value per label
	 */
	public record Series(String name, List<BigDecimal> values) {

		public Series {
			name = Objects.requireNonNullElse(name, "");
			values = List.copyOf(values);
		}
	}

	static final int WIDTH = 1400;
	private static final int HEIGHT = 700;

	public BarChart {
		labels = List.copyOf(labels);
		series = List.copyOf(series);
		direction = direction == null ? Direction.VERTICAL : direction;
		unit = Objects.requireNonNullElse(unit, "");
		int count = labels.size();
		if (series.isEmpty() || series.stream().anyMatch(s -> s.values().size() != count)) {
			throw new IllegalArgumentException("one value per label in every series");
		}
		if (direction == Direction.VERTICAL && series.size() != 1) {
			throw new IllegalArgumentException("a vertical chart shows one series");
		}
		if (max != null && max.signum() <= 0) {
			throw new IllegalArgumentException("the full-bar value must be positive");
		}
	}

	/** A vertical chart of one series, scaled to its largest value. */
	public BarChart(String caption, List<String> labels, List<BigDecimal> values, NumberStyle style,
			boolean thaiNumerals) {
		this(caption, labels, List.of(new Series("", values)), style, thaiNumerals, Direction.VERTICAL, null, "");
	}

	/** A horizontal chart of one or more series, values printed without trailing zeros. */
	public static BarChart horizontal(String caption, List<String> labels, List<Series> series, BigDecimal max,
			String unit, boolean thaiNumerals) {
		return new BarChart(caption, labels, series, NumberStyle.GENERAL, thaiNumerals, Direction.HORIZONTAL, max, unit);
	}

	/** The values of the first (for a vertical chart, the only) series. */
	public List<BigDecimal> values() {
		return series.get(0).values();
	}

	/** The chart as a picture {@code widthCm} wide. */
	public Image toImage(double widthCm) {
		int height = direction == Direction.VERTICAL ? HEIGHT : HorizontalBars.height(this);
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			if (direction == Direction.VERTICAL) {
				draw(g);
			}
			else {
				HorizontalBars.draw(this, g);
			}
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return new Image(out.toByteArray(), WIDTH, height, widthCm, caption, caption);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A value as printed beside its bar. */
	String shown(BigDecimal value) {
		return NumberText.format(value, style, thaiNumerals) + unit;
	}

	private void draw(Graphics2D g) {
		List<BigDecimal> values = values();
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
		BigDecimal full = max != null ? max : values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		double scale = full.signum() <= 0 ? 0 : (bottom - top) / full.doubleValue();
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
			String shown = shown(values.get(i));
			g.drawString(shown, x + (bar - metrics.stringWidth(shown)) / 2, bottom - height - 10);
			String label = ThaiNumerals.apply(labels.get(i), thaiNumerals);
			g.drawString(label, x + (bar - metrics.stringWidth(label)) / 2, bottom + metrics.getAscent() + 10);
		}
	}
}
