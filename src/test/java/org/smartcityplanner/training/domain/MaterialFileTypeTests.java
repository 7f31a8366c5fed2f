package org.smartcityplanner.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Material files are recognised by content: magic bytes, and for Office files the parts inside the zip. */
public class MaterialFileTypeTests {

	public static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void recognisesEachAcceptedKindByItsContent() throws IOException {
		assertThat(MaterialFileType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(MaterialFileType.PDF);
		assertThat(MaterialFileType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
			.contains(MaterialFileType.PNG);
		assertThat(MaterialFileType.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.contains(MaterialFileType.JPEG);
		assertThat(MaterialFileType.of(zip("[Content_Types].xml", "word/document.xml"))).contains(MaterialFileType.DOCX);
		assertThat(MaterialFileType.of(zip("[Content_Types].xml", "ppt/presentation.xml"))).contains(MaterialFileType.PPTX);
		assertThat(MaterialFileType.of(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(MaterialFileType.XLSX);
	}

	@Test
	void refusesOtherContentWhateverItIsCalled() throws IOException {
		assertThat(MaterialFileType.of("MZ\u0090 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(MaterialFileType.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(MaterialFileType.of(zip("evil.exe"))).isEmpty();
		assertThat(MaterialFileType.of(zip("[Content_Types].xml", "other.xml"))).isEmpty();
		assertThat(MaterialFileType.of(new byte[] { 'P', 'K', 3, 4, 1, 2 })).isEmpty();
		assertThat(MaterialFileType.of(new byte[0])).isEmpty();
	}

	@Test
	void theNameSentBackIsSanitisedAndCarriesTheDetectedExtension() {
		assertThat(MaterialFileType.PDF.safeFileName("C:\\Users\\x\\สไลด์ หัวข้อ 1.pdf")).isEqualTo("สไลด์ หัวข้อ 1.pdf");
		assertThat(MaterialFileType.PDF.safeFileName("../../etc/\"passwd\";\r\n.exe")).isEqualTo("passwd.pdf");
		assertThat(MaterialFileType.DOCX.safeFileName("form.pdf")).isEqualTo("form.docx");
		assertThat(MaterialFileType.PNG.safeFileName(null)).isEqualTo("material.png");
	}
}
