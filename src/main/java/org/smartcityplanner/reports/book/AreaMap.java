package org.smartcityplanner.reports.book;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.smartcityplanner.documents.DrawingFonts;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.profile.AreaBoundary;

/**
 * Draws the map of the target areas on the server (Java2D, no tile server, works offline): the province's outline
 * under them when one was uploaded, each area filled in its own colour and labelled with its name on the map, a
 * legend naming every area and the outline, a scale bar in kilometres and a north arrow. The source line goes
 * under the figure in the text ({@link ProfileChapter}).
 */
final class AreaMap {

	static final int WIDTH = 1600;
	static final int HEIGHT = 1100;
	static final int LEGEND = 200;
	/** The outline's stroke, also what a test looks for in the picture. */
	static final Color OUTLINE = new Color(0x444444);
	private static final Color[] COLOURS = { new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
			new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF) };

	/**
	 * A drawn map.
	 *
	 * @param image  the picture with caption and description
	 * @param labels every text drawn in it (area labels, legend, scale, north), in drawing order
	 */
	record Drawn(Image image, List<String> labels) {
	}

	private AreaMap() {
	}

	/** The map of the areas that have a readable boundary, over the province outline; empty when neither exists. */
	static Optional<Drawn> render(List<AreaBoundary> boundaries, String outlineGeoJson, BookTexts texts) {
		List<Geometry> shapes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (AreaBoundary boundary : boundaries) {
			read(boundary.geoJson()).ifPresent(shape -> {
				shapes.add(shape);
				names.add(boundary.area().name().in(texts.locale()));
			});
		}
		Optional<Geometry> outline = read(outlineGeoJson);
		if (shapes.isEmpty() && outline.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(draw(shapes, names, outline.orElse(null), texts));
	}

	/** A boundary the profile accepted always parses; an unreadable or missing one is left off the map. */
	private static Optional<Geometry> read(String geoJson) {
		if (geoJson == null || geoJson.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new GeoJsonReader().read(geoJson));
		}
		catch (ParseException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private static Drawn draw(List<Geometry> shapes, List<String> names, Geometry outline, BookTexts texts) {
		Envelope all = new Envelope();
		shapes.forEach(shape -> all.expandToInclude(shape.getEnvelopeInternal()));
		if (outline != null) {
			all.expandToInclude(outline.getEnvelopeInternal());
		}
		int mapHeight = HEIGHT - LEGEND;
		MapProjection projection = new MapProjection(all, WIDTH, mapHeight, 70);
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		List<String> labels = new ArrayList<>();
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(new Color(0xF4F1EA));
			g.fillRect(0, 0, WIDTH, mapHeight);
			g.setColor(Color.WHITE);
			g.fillRect(0, mapHeight, WIDTH, LEGEND);
			if (outline != null) {
				var path = projection.path(outline);
				g.setColor(Color.WHITE);
				g.fill(path);
				g.setColor(OUTLINE);
				g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
						new float[] { 18f, 10f }, 0f));
				g.draw(path);
			}
			for (int i = 0; i < shapes.size(); i++) {
				var path = projection.path(shapes.get(i));
				Color colour = COLOURS[i % COLOURS.length];
				g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
				g.fill(path);
				g.setColor(colour.darker());
				g.setStroke(new BasicStroke(4f));
				g.draw(path);
			}
			for (int i = 0; i < shapes.size(); i++) {
				label(g, projection.point(shapes.get(i).getInteriorPoint().getCoordinate()), names.get(i), mapHeight);
				labels.add(names.get(i));
			}
			MapLegend legend = new MapLegend(g, mapHeight, WIDTH);
			for (int i = 0; i < names.size(); i++) {
				labels.add(legend.entry(COLOURS[i % COLOURS.length], false, names.get(i)));
			}
			if (outline != null) {
				labels.add(legend.entry(OUTLINE, true, texts.get("book.map.outline")));
			}
			labels.add(MapLegend.scaleBar(g, projection.pixelsPerKm(), WIDTH, mapHeight, texts.get("book.km")));
			labels.add(MapLegend.north(g, WIDTH));
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			String caption = texts.get("book.profile.map");
			String description = caption + ": " + String.join(", ", names)
					+ (outline == null ? "" : ", " + texts.get("book.map.outline"));
			return new Drawn(new Image(out.toByteArray(), WIDTH, HEIGHT, 15, caption, description), List.copyOf(labels));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The area's name centred on a point inside it, on a white halo so it reads over any fill. */
	private static void label(Graphics2D g, Point2D at, String name, int mapHeight) {
		g.setFont(DrawingFonts.thai(Font.BOLD, 38f));
		int width = g.getFontMetrics().stringWidth(name);
		int x = (int) Math.max(10, Math.min(WIDTH - width - 10, at.getX() - width / 2.0));
		int y = (int) Math.max(50, Math.min(mapHeight - 20, at.getY() + 12));
		g.setColor(new Color(255, 255, 255, 210));
		g.fillRoundRect(x - 8, y - 36, width + 16, 48, 12, 12);
		g.setColor(Color.BLACK);
		g.drawString(name, x, y);
	}
}
