package org.smartcityplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.SampleDocuments;
import org.smartcityplanner.documents.internal.DocxRenderer;
import org.smartcityplanner.documents.internal.LibreOfficePdf;

/**
 * Prints the same Thai document by the two PDF routes and times them: (a) the DOCX converted by a running
 * LibreOffice (JODConverter), (b) HTML printed by headless Chromium. Writes both PDFs and their first pages as
 * PNG to target/pdf-routes/ to compare by eye. Run: {@code bench/pdf-routes.sh}. Not a test.
 */
public final class PdfRoutesComparison {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of("target/pdf-routes");
		Files.createDirectories(dir);
		DocumentModel model = SampleDocuments.thaiReport(false);
		byte[] docx = new DocxRenderer().render(model);
		try (LibreOfficePdf office = new LibreOfficePdf("")) {
			office.convert(docx);
			long t0 = System.nanoTime();
			byte[] pdf = office.convert(new DocxRenderer().render(model));
			long lo = System.nanoTime() - t0;
			Files.write(dir.resolve("libreoffice.pdf"), pdf);
			t0 = System.nanoTime();
			Path html = dir.resolve("document.html");
			Files.writeString(html, new HtmlRoute().render(model));
			run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--no-pdf-header-footer", "--print-to-pdf=" + dir.resolve("chromium.pdf").toAbsolutePath(),
					html.toAbsolutePath().toUri().toString());
			long chrome = System.nanoTime() - t0;
			System.out.printf("LibreOffice (warm process): %d ms%nChromium (new process per document): %d ms%n",
					lo / 1_000_000, chrome / 1_000_000);
			for (String name : new String[] { "libreoffice", "chromium" }) {
				run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "8", dir.resolve(name + ".pdf").toString(),
						dir.resolve(name).toString());
			}
		}
	}

	private static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IllegalStateException("failed: " + String.join(" ", command));
		}
	}
}
