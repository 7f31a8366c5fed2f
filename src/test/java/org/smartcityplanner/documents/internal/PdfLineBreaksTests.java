package org.smartcityplanner.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.ThaiWords;

/**
 * The copy of a DOCX that LibreOffice lays out gets the Thai line-break marks in its text, and only there; the
 * marker sees a paragraph's runs as the one text LibreOffice lays out.
 */
class PdfLineBreaksTests {

	private static final ThaiWords WORDS = ThaiWords.get();

	@Test
	void marksTheTextOfTextElementsOnly() {
		String xml = "<w:p><w:r><w:t xml:space=\"preserve\">โดยบูรณาการระบบ &amp; ภายใต้</w:t></w:r>"
				+ "<w:tbl><w:tc><w:p><w:r><w:t>บูรณาการ</w:t></w:r></w:p></w:tc></w:tbl></w:p>";

		String marked = PdfLineBreaks.mark(xml, WORDS::withLineBreaks);

		assertThat(marked).contains("โดย\u200Bบูร\u2060ณ\u2060า\u2060ก\u2060า\u2060ร\u200Bระบบ &amp; ภ\u2060า\u2060ย\u2060ใ\u2060ต้</w:t>",
				"<w:tbl><w:tc>", "<w:t>บูร\u2060ณ\u2060า\u2060ก\u2060า\u2060ร</w:t>");
		assertThat(ThaiWords.withoutLineBreaks(marked)).isEqualTo(xml);
	}

	@Test
	void runsOfOneParagraphAreOneTextAndEachMarkStaysWithTheLetterAfterIt() {
		String xml = "<w:p><w:r><w:t>โดยบูรณา</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>การระบบ</w:t></w:r>"
				+ "<w:r><w:tab/></w:r><w:r><w:t>ภายใต้ &lt;ก&gt;</w:t></w:r></w:p>";
		List<String> seen = new ArrayList<>();

		String marked = PdfLineBreaks.mark(xml, text -> {
			seen.add(text);
			return WORDS.withLineBreaks(text);
		});

		// the bold run continues the word; the tab ends the text; the marker sees characters, not XML
		assertThat(seen).containsExactly("โดยบูรณาการระบบ", "ภายใต้ <ก>");
		assertThat(marked).contains("<w:t>โดย\u200Bบูร\u2060ณ\u2060า</w:t>", "<w:t>\u2060ก\u2060า\u2060ร\u200Bระบบ</w:t>",
				"<w:t>ภ\u2060า\u2060ย\u2060ใ\u2060ต้ &lt;ก&gt;</w:t>");
		assertThat(ThaiWords.withoutLineBreaks(marked)).isEqualTo(xml);
	}

	@Test
	void hiddenTextIsNotPartOfTheTextBeforeIt() {
		String xml = "<w:p><w:r><w:t>บูรณา</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>การ</w:t></w:r></w:p>";
		List<String> seen = new ArrayList<>();

		PdfLineBreaks.mark(xml, text -> {
			seen.add(text);
			return text;
		});

		assertThat(seen).containsExactly("บูรณา", "การ");
	}

	@Test
	void readsAndWritesTheCharactersOfXmlText() {
		assertThat(PdfLineBreaks.unescape("ก &amp; ข &lt;&gt; &quot;&apos; &#3585;&#x0E01;")).isEqualTo("ก & ข <> \"' กก");
		assertThat(PdfLineBreaks.escape("ก & <ข>")).isEqualTo("ก &amp; &lt;ข&gt;");
	}
}
