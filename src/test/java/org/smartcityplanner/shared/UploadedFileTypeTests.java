package org.smartcityplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Material files are recognised by content: magic bytes, and for Office files the parts inside the zip. */
public class UploadedFileTypeTests {

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
		assertThat(UploadedFileType.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(UploadedFileType.PDF);
		assertThat(UploadedFileType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
			.contains(UploadedFileType.PNG);
		assertThat(UploadedFileType.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.contains(UploadedFileType.JPEG);
		assertThat(UploadedFileType.of(zip("[Content_Types].xml", "word/document.xml"))).contains(UploadedFileType.DOCX);
		assertThat(UploadedFileType.of(zip("[Content_Types].xml", "ppt/presentation.xml"))).contains(UploadedFileType.PPTX);
		assertThat(UploadedFileType.of(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(UploadedFileType.XLSX);
	}

	@Test
	void refusesOtherContentWhateverItIsCalled() throws IOException {
		assertThat(UploadedFileType.of("MZ\u0090 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(UploadedFileType.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(UploadedFileType.of(zip("evil.exe"))).isEmpty();
		assertThat(UploadedFileType.of(zip("[Content_Types].xml", "other.xml"))).isEmpty();
		assertThat(UploadedFileType.of(new byte[] { 'P', 'K', 3, 4, 1, 2 })).isEmpty();
		assertThat(UploadedFileType.of(new byte[0])).isEmpty();
	}

	@Test
	void theNameSentBackIsSanitisedAndCarriesTheDetectedExtension() {
		assertThat(UploadedFileType.PDF.safeFileName("C:\\Users\\x\\สไลด์ หัวข้อ 1.pdf", "material")).isEqualTo("สไลด์ หัวข้อ 1.pdf");
		assertThat(UploadedFileType.PDF.safeFileName("../../etc/\"passwd\";\r\n.exe", "material")).isEqualTo("passwd.pdf");
		assertThat(UploadedFileType.DOCX.safeFileName("form.pdf", "material")).isEqualTo("form.docx");
		assertThat(UploadedFileType.PNG.safeFileName(null, "material")).isEqualTo("material.png");
	}
}
