package org.smartcityplanner.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of document people upload (curriculum materials, engagement deliverables), recognised by their content
 * (magic bytes, and for Office files the parts inside the zip), never by the file name or the content type the
 * browser sends: a renamed executable or a zip of anything called {@code slides.pdf} is refused.
 */
public enum UploadedFileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg");

	/** Zip entries read at most while looking for the Office parts, so a zip bomb cannot keep a thread busy. */
	private static final int MAX_ZIP_ENTRIES = 2000;

	private final String contentType;
	private final String extension;

	UploadedFileType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** The type the bytes are, or empty when they are none of the accepted kinds. */
	public static Optional<UploadedFileType> of(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return office(content);
		}
		return Optional.empty();
	}

	private static Optional<UploadedFileType> office(byte[] content) {
		Set<String> names = new HashSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
				names.add(entry.getName());
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		if (!names.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (names.contains("word/document.xml")) {
			return Optional.of(DOCX);
		}
		if (names.contains("ppt/presentation.xml")) {
			return Optional.of(PPTX);
		}
		if (names.contains("xl/workbook.xml")) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A file name safe to send back in {@code Content-Disposition}: the last path segment, control characters and
	 * quotes removed, with the extension of the detected type so it opens in the right program.
	 *
	 * @param fallbackBase the name to use when nothing of the original is left, e.g. {@code material}
	 */
	public String safeFileName(String original, String fallbackBase) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\";]", "").strip();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.isBlank()) {
			base = fallbackBase;
		}
		if (base.length() > 200) {
			base = base.substring(0, 200);
		}
		return base + "." + extension;
	}
}
