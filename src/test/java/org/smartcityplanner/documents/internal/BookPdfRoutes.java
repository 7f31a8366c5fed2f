package org.smartcityplanner.documents.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;

/**
 * The PDF/CLI ratio of {@code bench/book.sh} without starting the application: one DOCX (e.g. the large book that
 * benchmark leaves behind), converted round after round alternately by the application's route (the running
 * LibreOffice, JODConverter, contents refreshed, tagged export) and by a cold {@code soffice --convert-to pdf},
 * once with the application's export options (tagged, like with like) and once with the command line's defaults
 * (untagged). Prints wall and CPU time per route, LibreOffice's CPU apart from the JVM's, pages and size, and the
 * ratios within each round. Run: {@code bench/book-pdf-routes.sh BOOK.docx [ROUNDS]}. Not a test.
 */
public final class BookPdfRoutes {

	private static final com.sun.management.OperatingSystemMXBean JVM = (com.sun.management.OperatingSystemMXBean)
		java.lang.management.ManagementFactory.getOperatingSystemMXBean();

	public static void main(String[] args) throws Exception {
		Path docx = Path.of(args[0]).toAbsolutePath();
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		Path work = Files.createTempDirectory("book-pdf-routes");
		String profile = "-env:UserInstallation=file://" + work.resolve("lo-profile");
		byte[] file = Files.readAllBytes(docx);
		try (LibreOfficePdf engine = new LibreOfficePdf("")) {
			engine.convert(file);
			cli(profile, docx, work, LibreOfficePdf.commandLineFilter());
			for (int round = 0; round < rounds; round++) {
				System.out.println("round " + round + ", load average " + loadAverage());
				long wall = System.nanoTime();
				long jvm = JVM.getProcessCpuTime();
				long office = officeCpuNanos();
				byte[] pdf = engine.convert(file);
				long appWall = ms(System.nanoTime() - wall);
				long appOffice = ms(officeCpuNanos() - office);
				long appJvm = ms(JVM.getProcessCpuTime() - jvm);
				System.out.printf(Locale.ROOT, "  app route        %7d ms wall, CPU %6d ms = LibreOffice %6d + JVM %5d,"
						+ " %d pages, %d KiB%n", appWall, appOffice + appJvm, appOffice, appJvm, pages(pdf),
						pdf.length / 1024);
				long[] tagged = cli(profile, docx, work, LibreOfficePdf.commandLineFilter());
				long[] untagged = cli(profile, docx, work, "pdf");
				System.out.printf(Locale.ROOT, "  CLI tagged       %7d ms wall, CPU %6d ms (all soffice), %d pages, %d KiB%n",
						tagged[0], tagged[1], tagged[2], tagged[3]);
				System.out.printf(Locale.ROOT, "  CLI untagged     %7d ms wall, CPU %6d ms (all soffice), %d pages, %d KiB%n",
						untagged[0], untagged[1], untagged[2], untagged[3]);
				System.out.printf(Locale.ROOT,
						"  ratio vs CLI tagged: wall %.2f, CPU %.2f, LibreOffice CPU %.2f | vs untagged: wall %.2f, CPU %.2f%n",
						(double) appWall / tagged[0], (double) (appOffice + appJvm) / tagged[1],
						(double) appOffice / tagged[1], (double) appWall / untagged[0],
						(double) (appOffice + appJvm) / untagged[1]);
			}
		}
	}

	/**
	 * Wall and CPU ms (user + system, children included) of a cold {@code soffice --convert-to}, and the PDF's pages
	 * and KiB.
	 */
	private static long[] cli(String profile, Path docx, Path outDir, String convertTo) throws Exception {
		String command = "TIMEFORMAT='%3U %3S'; time soffice " + profile + " --headless --convert-to '" + convertTo
				+ "' --outdir '" + outDir + "' '" + docx + "' >/dev/null 2>&1";
		long start = System.nanoTime();
		Process process = new ProcessBuilder("bash", "-c", command).start();
		String times = new String(process.getErrorStream().readAllBytes()).trim();
		if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("soffice --convert-to failed: " + times);
		}
		long wall = ms(System.nanoTime() - start);
		String[] userSys = times.substring(times.lastIndexOf('\n') + 1).trim().split("\\s+");
		byte[] pdf = Files.readAllBytes(outDir.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf")));
		return new long[] { wall, Math.round((Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1])) * 1000),
				pages(pdf), pdf.length / 1024 };
	}

	private static int pages(byte[] pdf) throws Exception {
		try (var doc = Loader.loadPDF(pdf)) {
			return doc.getNumberOfPages();
		}
	}

	private static long officeCpuNanos() {
		return ProcessHandle.current().descendants()
			.filter(p -> p.info().command().map(c -> c.contains("soffice")).orElse(false))
			.mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
			.sum();
	}

	private static String loadAverage() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).trim();
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}
}
