package org.smartcityplanner.reports.book;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.smartcityplanner.documents.DrawingFonts;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.profile.AreaBoundary;

/**
 * Draws the target areas' boundaries into a picture on the server (Java2D, no tile server, works offline):
 * each area filled in its own colour and named in a legend, a scale bar in kilometres, north up.
 */
final class AreaMap {

	private static final int WIDTH = 1600;
	private static final int HEIGHT = 1100;
	private static final int LEGEND = 200;
	private static final Color[] COLOURS = { new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
			new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF) };

	private AreaMap() {
	}

	/** The map of the areas that have a readable boundary, or empty when none has. */
	static Optional<Image> render(List<AreaBoundary> boundaries, BookTexts texts) {
		List<Geometry> shapes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		GeoJsonReader reader = new GeoJsonReader();
		for (AreaBoundary boundary : boundaries) {
			if (boundary.geoJson() == null || boundary.geoJson().isBlank()) {
				continue;
			}
			try {
				shapes.add(reader.read(boundary.geoJson()));
				names.add(boundary.area().name().in(texts.locale()));
			}
			catch (ParseException | RuntimeException unreadable) {
				// a boundary the profile accepted always parses; an unreadable one is left off the map
			}
		}
		if (shapes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(draw(shapes, names, texts));
	}

	private static Image draw(List<Geometry> shapes, List<String> names, BookTexts texts) {
		Envelope all = new Envelope();
		shapes.forEach(shape -> all.expandToInclude(shape.getEnvelopeInternal()));
		double cosLat = Math.cos(Math.toRadians((all.getMinY() + all.getMaxY()) / 2));
		double spanX = Math.max(all.getWidth() * cosLat, 1e-6);
		double spanY = Math.max(all.getHeight(), 1e-6);
		int mapHeight = HEIGHT - LEGEND;
		double scale = Math.min((WIDTH - 120) / spanX, (mapHeight - 120) / spanY);
		double offsetX = (WIDTH - spanX * scale) / 2;
		double offsetY = (mapHeight - spanY * scale) / 2;
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(0xF4F1EA));
			g.fillRect(0, 0, WIDTH, mapHeight);
			g.setColor(Color.WHITE);
			g.fillRect(0, mapHeight, WIDTH, LEGEND);
			for (int i = 0; i < shapes.size(); i++) {
				Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
				Geometry shape = shapes.get(i);
				for (int p = 0; p < shape.getNumGeometries(); p++) {
					if (shape.getGeometryN(p) instanceof Polygon polygon) {
						ring(path, polygon.getExteriorRing().getCoordinates(), all, cosLat, scale, offsetX, offsetY);
						for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
							ring(path, polygon.getInteriorRingN(h).getCoordinates(), all, cosLat, scale, offsetX,
									offsetY);
						}
					}
				}
				Color colour = COLOURS[i % COLOURS.length];
				g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
				g.fill(path);
				g.setColor(colour.darker());
				g.setStroke(new BasicStroke(4f));
				g.draw(path);
			}
			legend(g, names, mapHeight);
			scaleBar(g, scale, mapHeight, texts);
			north(g);
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			String caption = texts.get("book.profile.map");
			return new Image(out.toByteArray(), WIDTH, HEIGHT, 15, caption, caption + ": " + String.join(", ", names));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void ring(Path2D path, Coordinate[] coordinates, Envelope all, double cosLat, double scale,
			double offsetX, double offsetY) {
		for (int c = 0; c < coordinates.length; c++) {
			double x = offsetX + (coordinates[c].x - all.getMinX()) * cosLat * scale;
			double y = offsetY + (all.getMaxY() - coordinates[c].y) * scale;
			if (c == 0) {
				path.moveTo(x, y);
			}
			else {
				path.lineTo(x, y);
			}
		}
		path.closePath();
	}

	private static void legend(Graphics2D g, List<String> names, int top) {
		g.setFont(DrawingFonts.thai(Font.PLAIN, 40f));
		int x = 60;
		int y = top + 60;
		for (int i = 0; i < names.size(); i++) {
			int width = g.getFontMetrics().stringWidth(names.get(i)) + 100;
			if (x + width > WIDTH - 40) {
				x = 60;
				y += 60;
			}
			Color colour = COLOURS[i % COLOURS.length];
			g.setColor(colour);
			g.fillRect(x, y - 30, 40, 36);
			g.setColor(Color.BLACK);
			g.drawString(names.get(i), x + 55, y);
			x += width;
		}
	}

	private static void scaleBar(Graphics2D g, double pixelsPerDegree, int mapHeight, BookTexts texts) {
		double pixelsPerKm = pixelsPerDegree / 111.32;
		double[] steps = { 0.5, 1, 2, 5, 10, 20, 50, 100 };
		double km = steps[0];
		for (double step : steps) {
			if (step * pixelsPerKm <= 400) {
				km = step;
			}
		}
		int length = (int) Math.round(km * pixelsPerKm);
		int x = WIDTH - 80 - length;
		int y = mapHeight - 50;
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(5f));
		g.drawLine(x, y, x + length, y);
		g.drawLine(x, y - 12, x, y + 12);
		g.drawLine(x + length, y - 12, x + length, y + 12);
		g.setFont(DrawingFonts.thai(Font.PLAIN, 34f));
		String label = (km < 1 ? String.valueOf(km) : String.valueOf((int) km)) + " " + texts.get("book.km");
		g.drawString(label, x + (length - g.getFontMetrics().stringWidth(label)) / 2, y - 20);
	}

	private static void north(Graphics2D g) {
		int x = WIDTH - 90;
		int y = 60;
		g.setColor(Color.BLACK);
		g.fillPolygon(new int[] { x, x - 20, x + 20 }, new int[] { y, y + 50, y + 50 }, 3);
		g.setFont(DrawingFonts.thai(Font.BOLD, 36f));
		g.drawString("N", x - 12, y + 90);
	}
}
