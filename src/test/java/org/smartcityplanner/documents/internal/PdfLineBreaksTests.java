package org.smartcityplanner.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.ThaiWords;

/** The copy of a DOCX that LibreOffice lays out gets the Thai line-break marks in its text, and only there. */
class PdfLineBreaksTests {

	@Test
	void marksTheTextOfTextElementsOnly() {
		String xml = "<w:p><w:r><w:t xml:space=\"preserve\">โดยบูรณาการระบบ &amp; ภายใต้</w:t></w:r>"
				+ "<w:tbl><w:tc><w:p><w:r><w:t>บูรณาการ</w:t></w:r></w:p></w:tc></w:tbl></w:p>";

		String marked = PdfLineBreaks.mark(xml);

		assertThat(marked).contains("โดย\u200Bบูร\u2060ณ\u2060า\u2060ก\u2060า\u2060ร\u200Bระบบ &amp; ภ\u2060า\u2060ย\u2060ใ\u2060ต้</w:t>",
				"<w:tbl><w:tc>", "<w:t>บูร\u2060ณ\u2060า\u2060ก\u2060า\u2060ร</w:t>");
		assertThat(ThaiWords.withoutLineBreaks(marked)).isEqualTo(xml);
	}
}
