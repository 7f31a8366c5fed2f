package org.smartcityplanner.participation.domain.idea;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Photos as phones make them, for the photo rules' tests and the propose form's. */
public final class TestPhotos {

	/** 12.34 seconds of latitude as an EXIF rational (1234/100): a byte run no re-encoded pixel data contains. */
	public static final byte[] GPS_SECONDS = { 0, 0, 0x04, (byte) 0xd2, 0, 0, 0, 0x64 };

	private TestPhotos() {
	}

	/** Puts an EXIF APP1 segment with a GPS directory (latitude N 16° 49' 12.34") right after the JPEG's SOI. */
	public static byte[] withExifGps(byte[] jpeg) {
		ByteBuffer tiff = ByteBuffer.allocate(80);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0: one entry, the pointer to the GPS directory at offset 26
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		// GPS directory: latitude reference "N" and latitude (3 rationals at offset 56)
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
		tiff.putInt(0);
		tiff.putInt(16).putInt(1).putInt(49).putInt(1).put(GPS_SECONDS);
		return withApp1(jpeg, Arrays.copyOf(tiff.array(), tiff.position()));
	}

	private static byte[] withApp1(byte[] jpeg, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xff);
		out.write(0xd8);
		out.write(0xff);
		out.write(0xe1);
		int length = 2 + 6 + body.length;
		out.write(length >> 8);
		out.write(length & 0xff);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(body);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** Puts an EXIF APP1 segment whose first directory holds only the orientation tag right after the SOI. */
	public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
		ByteBuffer tiff = ByteBuffer.allocate(26)
			.order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
		tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
			.putShort((short) 0).putInt(0);
		return withApp1(jpeg, tiff.array());
	}

	/** A small JPEG of two colours carrying an EXIF GPS point. */
	public static byte[] jpegWithGps() throws java.io.IOException {
		return withExifGps(PhotoUploadTests.image("jpeg", 64, 48, false));
	}

	/** Where the bytes occur in the content, or -1. */
	public static int indexOf(byte[] haystack, byte[] needle) {
		return PhotoUploadTests.indexOf(haystack, needle);
	}
}
