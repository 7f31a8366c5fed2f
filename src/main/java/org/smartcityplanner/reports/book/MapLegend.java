package org.smartcityplanner.reports.book;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

import org.smartcityplanner.documents.DrawingFonts;

/** The legend under the map (a swatch and a name per entry, wrapping to new rows), the scale bar and north arrow. */
final class MapLegend {

	private final Graphics2D g;
	private final int width;
	private int x = 60;
	private int y;

	MapLegend(Graphics2D g, int top, int width) {
		this.g = g;
		this.width = width;
		this.y = top + 60;
	}

	/** Adds an entry: a filled swatch, or a dashed line for an outline; returns the text drawn. */
	String entry(Color colour, boolean outline, String name) {
		g.setFont(DrawingFonts.thai(Font.PLAIN, 40f));
		int entryWidth = g.getFontMetrics().stringWidth(name) + 100;
		if (x + entryWidth > width - 40) {
			x = 60;
			y += 60;
		}
		g.setColor(colour);
		if (outline) {
			g.setStroke(new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 10f, 6f },
					0f));
			g.drawRect(x, y - 30, 40, 36);
		}
		else {
			g.fillRect(x, y - 30, 40, 36);
		}
		g.setColor(Color.BLACK);
		g.drawString(name, x + 55, y);
		x += entryWidth;
		return name;
	}

	/** A bar of a round number of kilometres, at most 400 px, in the map's lower right corner. */
	static String scaleBar(Graphics2D g, double pixelsPerKm, int width, int mapHeight, String unit) {
		double[] steps = { 0.5, 1, 2, 5, 10, 20, 50, 100 };
		double km = steps[0];
		for (double step : steps) {
			if (step * pixelsPerKm <= 400) {
				km = step;
			}
		}
		int length = (int) Math.round(km * pixelsPerKm);
		int x = width - 80 - length;
		int y = mapHeight - 50;
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(5f));
		g.drawLine(x, y, x + length, y);
		g.drawLine(x, y - 12, x, y + 12);
		g.drawLine(x + length, y - 12, x + length, y + 12);
		g.setFont(DrawingFonts.thai(Font.PLAIN, 34f));
		String label = (km < 1 ? String.valueOf(km) : String.valueOf((int) km)) + " " + unit;
		g.drawString(label, x + (length - g.getFontMetrics().stringWidth(label)) / 2, y - 20);
		return label;
	}

	static String north(Graphics2D g, int width) {
		int x = width - 90;
		int y = 60;
		g.setColor(Color.BLACK);
		g.fillPolygon(new int[] { x, x - 20, x + 20 }, new int[] { y, y + 50, y + 50 }, 3);
		g.setFont(DrawingFonts.thai(Font.BOLD, 36f));
		g.drawString("N", x - 12, y + 90);
		return "N";
	}
}
