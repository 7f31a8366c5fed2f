package org.smartcityplanner.participation.domain.idea;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The rules for a photo a citizen attaches to an idea. The type is judged by the bytes (a PDF called
 * {@code photo.jpg} is refused), only JPEG and PNG are taken, and every photo is decoded and written anew: the new
 * file carries the pixels only, so the EXIF block of a phone photo — with the GPS point of the citizen's home, the
 * phone's make and the time — never reaches the public page. Large photos are scaled down, which also keeps pages
 * light on a phone.
 */
public final class PhotoUpload {

	/** Largest file accepted. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;
	/** Longest side of a stored photo, in pixels. */
	public static final int MAX_DIMENSION = 1600;
	/**
	 * Most pixels decoded: a 5 MB PNG of one colour can claim 50,000 × 50,000 pixels and take gigabytes to decode, so
	 * the size in the header is checked before any pixel is read.
	 */
	static final long MAX_PIXELS = 40_000_000L;
	private static final float JPEG_QUALITY = 0.85f;

	private PhotoUpload() {
	}

	/** Why a file is refused. */
	public enum Problem {
		TOO_LARGE, NOT_A_PHOTO, UNREADABLE
	}

	/** A photo ready to store: re-encoded, metadata-free, at most {@link #MAX_DIMENSION} on its longest side. */
	public record Photo(String contentType, byte[] bytes, int width, int height) {
	}

	/** Either the photo or the problem. */
	public record Result(Photo photo, Problem problem) {

		public boolean accepted() {
			return photo != null;
		}
	}

	/** The kinds of photo taken, recognised by their first bytes. */
	enum Kind {
		JPEG("image/jpeg", "jpeg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
		PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });

		final String contentType;
		final String format;
		final byte[] magic;

		Kind(String contentType, String format, byte[] magic) {
			this.contentType = contentType;
			this.format = format;
			this.magic = magic;
		}

		static Kind of(byte[] content) {
			for (Kind kind : values()) {
				if (content.length >= kind.magic.length && java.util.Arrays.equals(content, 0, kind.magic.length,
						kind.magic, 0, kind.magic.length)) {
					return kind;
				}
			}
			return null;
		}
	}

	/** Checks and re-encodes the uploaded bytes (a non-empty file; an empty upload means no photo was chosen). */
	public static Result accept(byte[] content) {
		if (content.length > MAX_BYTES) {
			return new Result(null, Problem.TOO_LARGE);
		}
		Kind kind = Kind.of(content);
		if (kind == null) {
			return new Result(null, Problem.NOT_A_PHOTO);
		}
		try {
			BufferedImage image = decode(content, kind);
			if (image == null) {
				return new Result(null, Problem.UNREADABLE);
			}
			int orientation = kind == Kind.JPEG ? ExifOrientation.of(content) : ExifOrientation.NORMAL;
			BufferedImage scaled = scaled(image, kind, orientation);
			return new Result(new Photo(kind.contentType, encode(scaled, kind), scaled.getWidth(), scaled.getHeight()),
					null);
		}
		catch (TooManyPixels e) {
			return new Result(null, Problem.TOO_LARGE);
		}
		catch (IOException | RuntimeException e) {
			// a truncated or crafted file makes the decoders throw all sorts (IIOException, IndexOutOfBounds, CMM errors)
			return new Result(null, Problem.UNREADABLE);
		}
	}

	/** Decodes with the reader of the type the magic bytes named, never one guessed by the decoder itself. */
	private static BufferedImage decode(byte[] content, Kind kind) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.format);
		if (!readers.hasNext()) {
			return null;
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > MAX_PIXELS) {
				throw new TooManyPixels();
			}
			return reader.read(0);
		}
		finally {
			reader.dispose();
		}
	}

	/** The header claims more pixels than a photo of a public idea needs. */
	private static final class TooManyPixels extends IOException {

		private static final long serialVersionUID = 1L;
	}

	/** Scaled to the size limit and, for a phone's JPEG, turned upright (the metadata saying how is dropped). */
	private static BufferedImage scaled(BufferedImage image, Kind kind, int orientation) {
		double factor = Math.min(1.0, (double) MAX_DIMENSION / Math.max(image.getWidth(), image.getHeight()));
		int storedWidth = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int storedHeight = Math.max(1, (int) Math.round(image.getHeight() * factor));
		boolean turned = ExifOrientation.swapsSides(orientation);
		int width = turned ? storedHeight : storedWidth;
		int height = turned ? storedWidth : storedHeight;
		boolean alpha = kind == Kind.PNG && image.getColorModel().hasAlpha();
		BufferedImage target = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (!alpha) {
				// a transparent PNG drawn on nothing would turn black where it was clear
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, width, height);
			}
			g.transform(ExifOrientation.upright(orientation, width, height));
			g.drawImage(image, 0, 0, storedWidth, storedHeight, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, Kind kind) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(kind.format).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (kind == Kind.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// no metadata passed: the writer emits only what it needs to describe the pixels
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}
}
