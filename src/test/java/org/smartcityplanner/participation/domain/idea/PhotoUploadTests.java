package org.smartcityplanner.participation.domain.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.domain.idea.PhotoUpload.Problem;
import org.smartcityplanner.participation.domain.idea.PhotoUpload.Result;

class PhotoUploadTests {

	private static final byte[] GPS_SECONDS = TestPhotos.GPS_SECONDS;

	@Test
	void aPhoneJpegLosesItsExifGpsPointButKeepsItsPicture() throws IOException {
		byte[] original = TestPhotos.withExifGps(image("jpeg", 64, 48, false));
		// the input really carries the point: the EXIF segment, the GPS directory tag and the coordinate
		assertThat(indexOf(original, "Exif\0\0".getBytes(StandardCharsets.US_ASCII))).isPositive();
		assertThat(indexOf(original, new byte[] { (byte) 0x88, 0x25 })).isPositive();
		assertThat(indexOf(original, GPS_SECONDS)).isPositive();
		assertThat(ImageIO.read(new ByteArrayInputStream(original))).isNotNull();

		Result result = PhotoUpload.accept(original);

		assertThat(result.accepted()).isTrue();
		byte[] stored = result.photo().bytes();
		assertThat(result.photo().contentType()).isEqualTo("image/jpeg");
		assertThat(indexOf(stored, new byte[] { (byte) 0xff, (byte) 0xe1 })).as("an APP1 (EXIF/XMP) segment").isNegative();
		assertThat(indexOf(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).isNegative();
		assertThat(indexOf(stored, GPS_SECONDS)).isNegative();
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(picture.getWidth()).isEqualTo(64);
		assertThat(picture.getHeight()).isEqualTo(48);
		// left half red, right half blue in the original: still so after re-encoding
		assertThat(new Color(picture.getRGB(10, 24)).getRed()).isGreaterThan(200);
		assertThat(new Color(picture.getRGB(54, 24)).getBlue()).isGreaterThan(200);
	}

	@Test
	void aPngStaysAPngWithoutItsTextChunksAndKeepsTransparency() throws IOException {
		byte[] original = withTextChunk(image("png", 30, 20, true), "GPSPosition", "16.8211 100.2659");
		assertThat(indexOf(original, "GPSPosition".getBytes(StandardCharsets.US_ASCII))).isPositive();

		Result result = PhotoUpload.accept(original);

		assertThat(result.photo().contentType()).isEqualTo("image/png");
		assertThat(indexOf(result.photo().bytes(), "GPSPosition".getBytes(StandardCharsets.US_ASCII))).isNegative();
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(result.photo().bytes()));
		assertThat(picture.getColorModel().hasAlpha()).isTrue();
		assertThat(new Color(picture.getRGB(29, 19), true).getAlpha()).isZero();
	}

	@Test
	void aLargePhotoIsScaledToTheLongestSideLimit() throws IOException {
		Result result = PhotoUpload.accept(image("jpeg", 3200, 1000, false));

		assertThat(result.photo().width()).isEqualTo(PhotoUpload.MAX_DIMENSION);
		assertThat(result.photo().height()).isEqualTo(500);
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(result.photo().bytes()));
		assertThat(picture.getWidth()).isEqualTo(1600);
	}

	@Test
	void aPhonePhotoHeldUprightIsTurnedUprightBeforeItsOrientationTagIsDropped() throws IOException {
		// 40 × 20, left half red, right half blue, as the sensor stored it
		byte[] sensor = image("jpeg", 40, 20, false);

		BufferedImage turnedRight = decoded(TestPhotos.withExifOrientation(sensor, 6, false));
		BufferedImage turnedLeft = decoded(TestPhotos.withExifOrientation(sensor, 8, true));
		BufferedImage upsideDown = decoded(TestPhotos.withExifOrientation(sensor, 3, true));
		BufferedImage upright = decoded(TestPhotos.withExifOrientation(sensor, 1, false));

		assertThat(turnedRight.getWidth()).isEqualTo(20);
		assertThat(turnedRight.getHeight()).isEqualTo(40);
		assertThat(new Color(turnedRight.getRGB(10, 5)).getRed()).as("left side on top").isGreaterThan(200);
		assertThat(new Color(turnedRight.getRGB(10, 35)).getBlue()).isGreaterThan(200);
		assertThat(turnedLeft.getHeight()).isEqualTo(40);
		assertThat(new Color(turnedLeft.getRGB(10, 5)).getBlue()).as("left side at the bottom").isGreaterThan(200);
		assertThat(new Color(upsideDown.getRGB(35, 10)).getRed()).as("left side on the right").isGreaterThan(200);
		assertThat(new Color(upright.getRGB(5, 10)).getRed()).isGreaterThan(200);
		assertThat(upright.getWidth()).isEqualTo(40);
	}

	private static BufferedImage decoded(byte[] original) throws IOException {
		Result result = PhotoUpload.accept(original);
		assertThat(indexOf(result.photo().bytes(), "Exif".getBytes(StandardCharsets.US_ASCII))).isNegative();
		return ImageIO.read(new ByteArrayInputStream(result.photo().bytes()));
	}

	@Test
	void aPdfCalledJpgIsRefusedByItsContent() {
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

		assertThat(PhotoUpload.accept(pdf).problem()).isEqualTo(Problem.NOT_A_PHOTO);
		assertThat(PhotoUpload.accept("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).problem())
			.isEqualTo(Problem.NOT_A_PHOTO);
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeDecoding() throws IOException {
		byte[] jpeg = image("jpeg", 8, 8, false);
		byte[] big = Arrays.copyOf(jpeg, PhotoUpload.MAX_BYTES + 1);

		assertThat(PhotoUpload.accept(big).problem()).isEqualTo(Problem.TOO_LARGE);
		assertThat(PhotoUpload.accept(Arrays.copyOf(jpeg, PhotoUpload.MAX_BYTES)).accepted())
			.as("JPEG decoders stop at the end-of-image marker; trailing zeros up to the limit are fine").isTrue();
	}

	@Test
	void aHeaderClaimingBillionsOfPixelsIsRefusedWithoutDecodingThem() {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(60_000).putInt(60_000).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		png.writeBytes(chunk("IHDR", header.array()));
		png.writeBytes(chunk("IEND", new byte[0]));

		assertThat(PhotoUpload.accept(png.toByteArray()).problem()).isEqualTo(Problem.TOO_LARGE);
	}

	@Test
	void aTruncatedOrGarbledPhotoIsUnreadable() throws IOException {
		byte[] jpeg = image("jpeg", 40, 40, false);

		assertThat(PhotoUpload.accept(Arrays.copyOf(jpeg, 40)).problem()).isEqualTo(Problem.UNREADABLE);
		assertThat(PhotoUpload.accept(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2 }).problem())
			.isEqualTo(Problem.UNREADABLE);
	}

	static byte[] image(String format, int width, int height, boolean transparentCorner) throws IOException {
		BufferedImage image = new BufferedImage(width, height,
				transparentCorner ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		if (transparentCorner) {
			image.setRGB(width - 1, height - 1, 0x00000000);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/** Puts a tEXt chunk right after the PNG's IHDR (signature 8 bytes + IHDR 25 bytes). */
	private static byte[] withTextChunk(byte[] png, String keyword, String text) {
		byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		out.writeBytes(chunk("tEXt", data));
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
