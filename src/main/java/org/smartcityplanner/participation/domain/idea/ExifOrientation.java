package org.smartcityplanner.participation.domain.idea;

import java.awt.geom.AffineTransform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How a phone held upright says its JPEG is turned: the EXIF "Orientation" tag (1 to 8). Phones store the sensor's
 * pixels as they came and leave the turning to the viewer; once the metadata is stripped nobody would turn it, so
 * the photo is turned into its upright pixels first. Only the first EXIF segment's first directory is read, with
 * every offset checked, so a crafted segment cannot read past its end.
 */
final class ExifOrientation {

	/** Upright: nothing to turn. */
	static final int NORMAL = 1;

	private ExifOrientation() {
	}

	/** The orientation tag of a JPEG, {@link #NORMAL} when it has none or it cannot be read. */
	static int of(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
			int marker = jpeg[at + 1] & 0xff;
			int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
			if (marker == 0xda || length < 2) {
				return NORMAL;
			}
			if (marker == 0xe1 && length >= 16 && at + 2 + length <= jpeg.length
					&& new String(jpeg, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
				return fromTiff(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
			}
			at += 2 + length;
		}
		return NORMAL;
	}

	private static int fromTiff(ByteBuffer tiff) {
		if (tiff.remaining() < 8) {
			return NORMAL;
		}
		byte first = tiff.get(0);
		tiff.order(first == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		long directory = tiff.getInt(4) & 0xffffffffL;
		if (directory + 2 > tiff.limit()) {
			return NORMAL;
		}
		int entries = tiff.getShort((int) directory) & 0xffff;
		for (int i = 0; i < entries; i++) {
			int entry = (int) directory + 2 + 12 * i;
			if (entry + 12 > tiff.limit()) {
				return NORMAL;
			}
			if ((tiff.getShort(entry) & 0xffff) == 0x0112) {
				int value = tiff.getShort(entry + 8) & 0xffff;
				return value >= 1 && value <= 8 ? value : NORMAL;
			}
		}
		return NORMAL;
	}

	/** Whether the upright photo's width is the stored height (a quarter turn). */
	static boolean swapsSides(int orientation) {
		return orientation >= 5;
	}

	/**
	 * The transform drawing the stored pixels upright into a {@code width} × {@code height} target (its sides already
	 * swapped for a quarter turn).
	 */
	static AffineTransform upright(int orientation, int width, int height) {
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> { t.translate(width, 0); t.scale(-1, 1); }
			case 3 -> { t.translate(width, height); t.rotate(Math.PI); }
			case 4 -> { t.translate(0, height); t.scale(1, -1); }
			case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
			case 6 -> { t.translate(width, 0); t.rotate(Math.PI / 2); }
			case 7 -> { t.translate(width, height); t.rotate(-Math.PI / 2); t.scale(1, -1); }
			case 8 -> { t.translate(0, height); t.rotate(-Math.PI / 2); }
			default -> {
				// upright already
			}
		}
		return t;
	}
}
