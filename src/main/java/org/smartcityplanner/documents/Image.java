package org.smartcityplanner.documents;

import java.util.Objects;

/**
 * A picture (a map, a chart, a logo) as PNG bytes, placed centred at the given width with its caption below.
 *
 * @param png     the PNG file
 * @param widthPx its width in pixels
 * @param heightPx its height in pixels
 * @param widthCm the width on paper; the height keeps the aspect ratio
 * @param caption caption below the picture, may be empty
 * @param altText description for readers who cannot see it
 */
public record Image(byte[] png, int widthPx, int heightPx, double widthCm, String caption, String altText)
		implements Block {

	public Image {
		Objects.requireNonNull(png, "png");
		if (widthPx <= 0 || heightPx <= 0 || widthCm <= 0) {
			throw new IllegalArgumentException("image sizes must be positive");
		}
		caption = Objects.requireNonNullElse(caption, "");
		altText = Objects.requireNonNullElse(altText, caption);
	}

	/** The height on paper in centimetres. */
	public double heightCm() {
		return widthCm * heightPx / widthPx;
	}
}
