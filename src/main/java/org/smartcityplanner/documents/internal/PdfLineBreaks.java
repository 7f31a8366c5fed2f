package org.smartcityplanner.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.smartcityplanner.documents.ThaiWords;

/**
 * Adds Thai line-break marks ({@link ThaiWords#BREAK}, {@link ThaiWords#JOIN}) to the text of a DOCX on its way to
 * LibreOffice, whose dictionary cuts words a Thai reader sees as one. The DOCX the user downloads stays as written
 * (Word breaks Thai lines with its own dictionary, and search and copy in the file see no invisible characters);
 * only the copy LibreOffice lays out carries them, and they do not reach the PDF's text. The marker sees the text
 * of a paragraph as LibreOffice lays it out: runs that follow each other make one text, and a tab, line break or
 * field ends it.
 */
final class PdfLineBreaks {

	private static final Pattern TEXT = Pattern.compile("(<w:t(?:\\s[^>]*)?>)([^<]*)(</w:t>)");

	/** What may stand between two text elements of one stretch of text: the end of a run and a plain next one. */
	private static final Pattern SAME_TEXT = Pattern
		.compile("</w:r>\\s*<w:r(?:\\s[^>]*)?>\\s*(?:<w:rPr/>|<w:rPr>(?:(?!</w:rPr>|<w:vanish)[^\\n])*</w:rPr>)?\\s*");

	private PdfLineBreaks() {
	}

	/** The DOCX with the marks {@code marker} gives each text of its body. */
	static byte[] apply(byte[] docx, UnaryOperator<String> marker) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ByteArrayOutputStream bytes = new ByteArrayOutputStream(docx.length + docx.length / 20);
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					out.write(mark(new String(in.readAllBytes(), StandardCharsets.UTF_8), marker)
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

	/** The document XML with each stretch of text marked by {@code marker}, which may only insert marks. */
	static String mark(String xml, UnaryOperator<String> marker) {
		Matcher matcher = TEXT.matcher(xml);
		StringBuilder out = new StringBuilder(xml.length() + xml.length() / 20);
		List<MatchResult> stretch = new ArrayList<>();
		int copied = 0;
		while (matcher.find()) {
			if (!stretch.isEmpty() && !SAME_TEXT.matcher(xml).region(stretch.get(stretch.size() - 1).end(),
					matcher.start()).matches()) {
				copied = write(xml, copied, stretch, marker, out);
				stretch.clear();
			}
			stretch.add(matcher.toMatchResult());
		}
		if (!stretch.isEmpty()) {
			copied = write(xml, copied, stretch, marker, out);
		}
		return out.append(xml, copied, xml.length()).toString();
	}

	/** Copies the XML up to the end of the stretch, its text elements marked as one text. */
	private static int write(String xml, int copied, List<MatchResult> stretch, UnaryOperator<String> marker,
			StringBuilder out) {
		List<String> parts = new ArrayList<>(stretch.size());
		StringBuilder text = new StringBuilder();
		for (MatchResult element : stretch) {
			parts.add(unescape(element.group(2)));
			text.append(parts.get(parts.size() - 1));
		}
		String marked = marker.apply(text.toString());
		if (marked.contentEquals(text)) {
			return copied;
		}
		// each mark goes with the letter after it
		int at = 0;
		for (int i = 0; i < stretch.size(); i++) {
			MatchResult element = stretch.get(i);
			StringBuilder part = new StringBuilder(parts.get(i).length() + 8);
			for (int letters = 0; letters < parts.get(i).length(); at++) {
				char c = marked.charAt(at);
				part.append(c);
				if (c != ThaiWords.BREAK && c != ThaiWords.JOIN) {
					letters++;
				}
			}
			while (i == stretch.size() - 1 && at < marked.length()) {
				part.append(marked.charAt(at++));
			}
			out.append(xml, copied, element.start(2)).append(escape(part.toString()));
			copied = element.end(2);
		}
		return copied;
	}

	private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);");

	/** The characters of an XML text (the marker must see "&", not "&amp;", to judge the text as laid out). */
	static String unescape(String xml) {
		if (xml.indexOf('&') < 0) {
			return xml;
		}
		return ENTITY.matcher(xml).replaceAll(entity -> Matcher.quoteReplacement(switch (entity.group(1)) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			default -> Character.toString(entity.group(1).startsWith("#x")
					? Integer.parseInt(entity.group(1).substring(2), 16) : Integer.parseInt(entity.group(1).substring(1)));
		}));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
