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
		// pages of an earlier, longer rendering under the same name would be counted as this one's
		try (var files = Files.list(dir)) {
			for (Path old : files.filter(p -> p.getFileName().toString().startsWith(name + "-")
					&& p.toString().endsWith(".png")).toList()) {
				Files.delete(old);
			}
		}
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

	/**
	 * Text without spaces and line breaks, Thai marks after each letter in code-point order: text extraction
	 * splits lines anywhere and reports stacked marks (a vowel above and a tone mark) in drawing order.
	 */
	public static String compact(String text) {
		String plain = text.replaceAll("\\s+", "");
		StringBuilder out = new StringBuilder(plain.length());
		int i = 0;
		while (i < plain.length()) {
			int end = i;
			while (end < plain.length() && isThaiMark(plain.charAt(end))) {
				end++;
			}
			if (end > i) {
				char[] marks = plain.substring(i, end).toCharArray();
				java.util.Arrays.sort(marks);
				out.append(marks);
				i = end;
			}
			else {
				out.append(plain.charAt(i++));
			}
		}
		return out.toString();
	}

	private static boolean isThaiMark(char c) {
		return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
	}
}
