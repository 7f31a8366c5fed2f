package org.smartcityplanner.publicaccess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes drawn on the server (no script, no outside service), as PNG: check-in links shown in the room,
 * verification links printed on certificates.
 */
public final class QrCodes {

	private QrCodes() {
	}

	public static byte[] png(String text, int size) {
		try {
			var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Text too long for a QR code", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The PNG as a data URI for an {@code img} (the CSP allows {@code data:} images). */
	public static String dataUri(String text, int size) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
	}
}
