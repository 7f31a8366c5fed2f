package org.smartcityplanner.participation.web.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smartcityplanner.participation.domain.opinion.OpinionMap;

/**
 * The map as a server-side SVG: each participant a mark, its group told by colour AND shape (Okabe–Ito colours,
 * safe for colour-blind readers; circle, square, triangle, diamond, cross), scaled to fit a square of
 * {@link #SIZE} units. No names: a mark is a position and a group.
 */
record OpinionChart(List<Mark> marks, List<Legend> legend) {

	static final int SIZE = 320;
	private static final double PADDING = 16;
	private static final double R = 5;
	private static final String[] COLOURS = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00" };
	private static final String[] SHAPES = { "circle", "square", "triangle", "diamond", "cross" };

	/** One participant's mark: an SVG path, its fill and its group (0-based; −1 when the map has no groups). */
	record Mark(String path, String colour, int group) {
	}

	/** One legend entry: the group's number as shown (1-based), its shape's path at the legend's place, colour. */
	record Legend(int number, String shape, String path, String colour) {
	}

	static OpinionChart of(OpinionMap map) {
		double maxAbs = 1e-9;
		for (OpinionMap.Point p : map.points()) {
			maxAbs = Math.max(maxAbs, Math.max(Math.abs(p.x()), Math.abs(p.y())));
		}
		double scale = (SIZE / 2.0 - PADDING) / maxAbs;
		List<Mark> marks = new ArrayList<>();
		for (OpinionMap.Point p : map.points()) {
			int group = map.groups().isEmpty() ? -1 : p.group();
			int style = Math.max(group, 0);
			// SVG's y grows downwards: the second component is drawn upwards
			marks.add(new Mark(shape(style, SIZE / 2.0 + p.x() * scale, SIZE / 2.0 - p.y() * scale),
					group < 0 ? "#595959" : COLOURS[style], group));
		}
		List<Legend> legend = new ArrayList<>();
		for (OpinionMap.Group g : map.groups()) {
			legend.add(new Legend(g.index() + 1, SHAPES[g.index()], shape(g.index(), 8, 8), COLOURS[g.index()]));
		}
		return new OpinionChart(marks, legend);
	}

	private static String shape(int style, double x, double y) {
		return switch (style) {
			case 0 -> f("M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0z", x - R, y, R, R, 2 * R, R, R, -2 * R);
			case 1 -> f("M%.1f %.1fh%.1fv%.1fh%.1fz", x - R, y - R, 2 * R, 2 * R, -2 * R);
			case 2 -> f("M%.1f %.1fL%.1f %.1fL%.1f %.1fz", x, y - R - 1, x + R + 1, y + R, x - R - 1, y + R);
			case 3 -> f("M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fz", x, y - R - 1, x + R + 1, y, x, y + R + 1, x - R - 1, y);
			default -> cross(x, y);
		};
	}

	private static String cross(double x, double y) {
		double a = 1.8;
		double r = R + 1;
		double[][] corners = { { -a, -r }, { a, -r }, { a, -a }, { r, -a }, { r, a }, { a, a }, { a, r }, { -a, r },
				{ -a, a }, { -r, a }, { -r, -a }, { -a, -a } };
		StringBuilder path = new StringBuilder();
		for (double[] c : corners) {
			path.append(path.isEmpty() ? "M" : "L").append(f("%.1f %.1f", x + c[0], y + c[1]));
		}
		return path.append('z').toString();
	}

	private static String f(String format, Object... args) {
		return String.format(Locale.ROOT, format, args);
	}
}
