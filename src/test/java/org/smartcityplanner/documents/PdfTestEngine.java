package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.smartcityplanner.documents.internal.LibreOfficePdf;

/**
 * One LibreOffice process for all PDF tests of a run. Without LibreOffice the PDF tests are skipped, except
 * with {@code CI=true}, where that is a failure (the CI installs it).
 */
public final class PdfTestEngine {

	private static LibreOfficePdf engine;

	private PdfTestEngine() {
	}

	public static synchronized LibreOfficePdf get() {
		if (engine == null) {
			engine = new LibreOfficePdf("");
			Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
		}
		if (!engine.status().available()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("PDF engine missing on CI: " + engine.status().problem());
			}
			Assumptions.abort("PDF engine missing: " + engine.status().problem());
		}
		return engine;
	}

	/** Renders pages {@code first}..{@code last} of the PDF to PNG files (pdftoppm) and returns them. */
	public static List<Path> pngs(byte[] pdf, Path dir, String name, int first, int last)
			throws IOException, InterruptedException {
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", String.valueOf(first), "-l",
				String.valueOf(last), file.toString(), dir.resolve(name).toString()).redirectErrorStream(true).start();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			fail("pdftoppm failed: " + new String(process.getInputStream().readAllBytes()));
		}
		List<Path> out = new ArrayList<>();
		try (var files = Files.list(dir)) {
			files.filter(p -> p.getFileName().toString().startsWith(name + "-") && p.toString().endsWith(".png"))
				.sorted().forEach(out::add);
		}
		return out;
	}
}
