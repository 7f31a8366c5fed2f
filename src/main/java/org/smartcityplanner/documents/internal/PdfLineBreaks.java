package org.smartcityplanner.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.smartcityplanner.documents.ThaiWords;

/**
 * Adds the Thai line-break marks of {@link ThaiWords} to the text of a DOCX on its way to LibreOffice, whose
 * dictionary cuts words a Thai reader sees as one. The DOCX the user downloads stays as written (Word breaks
 * Thai lines with its own dictionary, and search and copy in the file see no invisible characters); only the
 * copy LibreOffice lays out carries them, and they do not reach the PDF's text.
 */
final class PdfLineBreaks {

	private static final Pattern TEXT = Pattern.compile("(<w:t(?:\\s[^>]*)?>)([^<]+)(</w:t>)");

	private PdfLineBreaks() {
	}

	static byte[] apply(byte[] docx) {
		return apply(docx, Map.of());
	}

	/** The DOCX with joiners in listed words only where {@code cuts} says the layout engine would break them. */
	static byte[] apply(byte[] docx, Map<String, Set<Integer>> cuts) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream(docx.length + docx.length / 20);
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					out.write(mark(new String(in.readAllBytes(), StandardCharsets.UTF_8), cuts)
						.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The document XML with each text element marked; the listed words hold no XML-escaped characters. */
	static String mark(String xml) {
		return mark(xml, Map.of());
	}

	static String mark(String xml, Map<String, Set<Integer>> cuts) {
		Matcher matcher = TEXT.matcher(xml);
		StringBuilder out = new StringBuilder(xml.length() + xml.length() / 20);
		ThaiWords words = ThaiWords.get();
		while (matcher.find()) {
			String marked = words.withLineBreaks(matcher.group(2), cuts);
			matcher.appendReplacement(out, "");
			out.append(matcher.group(1)).append(marked).append(matcher.group(3));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
