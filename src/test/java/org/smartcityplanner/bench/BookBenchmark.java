package org.smartcityplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.smartcityplanner.SmartCityPlannerApplication;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.documents.internal.LibreOfficePdf;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.reports.ReportTestPlans;
import org.smartcityplanner.reports.book.BookInput;
import org.smartcityplanner.reports.book.MasterPlanBook;
import org.smartcityplanner.reports.internal.BookInputs;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Master-plan book benchmark: the demo book and a large book (700 projects, 1,500 KPIs) of TH-65, each made
 * from a saved version. Prints the time to build the document model, to render the DOCX, to make the PDF
 * through the running LibreOffice (JODConverter, table of contents refreshed), and, as the baseline measured in
 * the same run, {@code soffice --headless --convert-to pdf} of the same DOCX from the command line with the same
 * export options (tagged PDF). Targets:
 * DOCX at most 2 s; PDF no slower than the command line. Run: {@code bench/book.sh}; {@code BOOK_BENCH=demo} or
 * {@code BOOK_BENCH=large} measures one book only. The DOCX files and the engine's PDFs (name-engine.pdf) stay in
 * the printed folder. Not a test.
 */
public final class BookBenchmark {

	private static final String PROVINCE = "TH-65";

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean JVM = (com.sun.management.OperatingSystemMXBean)
		java.lang.management.ManagementFactory.getOperatingSystemMXBean();

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("scp-book-bench");
		ConfigurableApplicationContext app = new SpringApplication(SmartCityPlannerApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:bookbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--scp.data-dir=" + work, "--scp.demo.enabled=true", "--spring.main.banner-mode=off",
				"--scp.reports.poll-interval=PT1H", "--logging.level.root=WARN",
				"--logging.level.org.smartcityplanner=WARN");
		int exit = 0;
		try {
			ProvinceCode province = ProvinceCode.of(PROVINCE);
			PlanUseCases plans = app.getBean(PlanUseCases.class);
			DocumentsApi documents = app.getBean(DocumentsApi.class);
			if (!documents.pdfEngine().available()) {
				throw new IllegalStateException(documents.pdfEngine().problem());
			}
			System.out.printf(Locale.ROOT, "machine: nproc=%d, java %s, load average %s (shared machine: noisy)%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
					Files.readString(Path.of("/proc/loadavg")).trim());
			String only = System.getenv().getOrDefault("BOOK_BENCH", "");
			List<String[]> rows = new ArrayList<>();
			if (!only.equals("large")) {
				PlanVersionSummary demo = ReportTestPlans.savedVersion(plans, province, "demo");
				rows.add(measure(app, documents, province, demo, work, "demo"));
			}
			if (!only.equals("demo")) {
				List<Long> areas = app.getBean(ProfileApi.class).areasOf(province).stream().map(TargetAreaView::id)
					.toList();
				plans.importDocument(province, LargePlan.build(PROVINCE, areas, 42));
				PlanVersionSummary large = ReportTestPlans.savedVersion(plans, province, "large");
				rows.add(measure(app, documents, province, large, work, "large (700 projects, 1,500 KPIs)"));
			}
			System.out.printf(Locale.ROOT, "%n%-34s %6s %15s %15s %26s %15s %13s %9s%n", "book", "pages",
					"model ms", "DOCX ms", "PDF ms", "soffice CLI ms", "PDF/CLI", "LO CPU");
			rows.forEach(r -> System.out.printf(Locale.ROOT, "%-34s %6s %15s %15s %26s %15s %13s %9s%n",
					(Object[]) r));
			System.out.println("times: wall / CPU (this thread for model and DOCX; the whole JVM and LibreOffice's"
					+ " processes for PDF, the JVM's share in brackets; soffice's processes for CLI); ratio: wall / CPU;"
					+ " LO CPU: LibreOffice's CPU alone, application route / command line.");
			System.out.println("PDF = DOCX converted by the running LibreOffice, with the table of contents refreshed"
					+ " (page numbers filled in); soffice CLI = cold process, same DOCX, same export options (tagged PDF),"
					+ " no TOC refresh. Files in " + work);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			exit = 1;
		}
		finally {
			app.close();
		}
		System.exit(exit);
	}

	private static String[] measure(ConfigurableApplicationContext app, DocumentsApi documents, ProvinceCode province,
			PlanVersionSummary version, Path work, String label) throws Exception {
		Clock clock = new Clock();
		BookInput input = BookInputs.load(app, province, version.id(), DocumentLanguage.THAI);
		DocumentModel model = new MasterPlanBook().build(input, BookInputs.texts(app, DocumentLanguage.THAI),
				(d, t) -> {
				});
		Clock modelTime = clock.stop();
		documents.docx(model);
		clock = new Clock();
		byte[] docx = documents.docx(model);
		Clock docxTime = clock.stop();
		documents.pdfOfDocx(docx);
		clock = new Clock();
		byte[] pdf = documents.pdfOfDocx(docx);
		Clock pdfTime = clock.stopWithWholeJvm();
		Path file = work.resolve(label.split(" ")[0] + ".docx");
		Files.write(file, docx);
		Files.write(work.resolve(label.split(" ")[0] + "-engine.pdf"), pdf);
		String profile = "-env:UserInstallation=file://" + work.resolve("lo-profile").toAbsolutePath();
		cli(profile, file, work);
		long cliStart = System.nanoTime();
		long cliCpu = cli(profile, file, work);
		long cliMs = ms(cliStart);
		int pages;
		try (var doc = Loader.loadPDF(pdf)) {
			pages = doc.getNumberOfPages();
		}
		return new String[] { label, String.valueOf(pages), modelTime.toString(), docxTime.toString(),
				pdfTime.toString(), cliMs + " / " + cliCpu,
				String.format(Locale.ROOT, "%.2f / %.2f", (double) pdfTime.wallMs / cliMs,
						(double) pdfTime.cpuMs / cliCpu),
				String.format(Locale.ROOT, "%.2f", (double) (pdfTime.cpuMs - pdfTime.jvmMs) / cliCpu) };
	}

	/**
	 * Converts with a cold {@code soffice} and returns its CPU time in ms (user + system, children included): on
	 * a loaded machine the wall time says more about the neighbours than about the document.
	 */
	private static long cli(String profile, Path docx, Path outDir) throws Exception {
		// the application's export options (tagged PDF): the command line's defaults export untagged, less work
		String command = "TIMEFORMAT='%3U %3S'; time soffice " + profile + " --headless --convert-to '"
				+ LibreOfficePdf.commandLineFilter() + "' --outdir '" + outDir + "' '" + docx + "' >/dev/null 2>&1";
		Process process = new ProcessBuilder("bash", "-c", command).start();
		String times = new String(process.getErrorStream().readAllBytes()).trim();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("soffice --convert-to pdf failed: " + times);
		}
		String[] userSys = times.substring(times.lastIndexOf('\n') + 1).trim().split("\\s+");
		return Math.round((Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1])) * 1000);
	}

	/**
	 * Wall time and CPU time: this thread's (model, DOCX) plus that of the LibreOffice processes this JVM runs
	 * (the PDF).
	 */
	private static final class Clock {

		private final long wallStart = System.nanoTime();
		private final long threadStart = THREADS.getCurrentThreadCpuTime();
		private final long jvmStart = JVM.getProcessCpuTime();
		private final long officeStart = officeCpuNanos();
		private long wallMs;
		private long cpuMs;
		private long jvmMs = -1;

		Clock stop() {
			wallMs = ms(wallStart);
			cpuMs = (THREADS.getCurrentThreadCpuTime() - threadStart + officeCpuNanos() - officeStart) / 1_000_000;
			return this;
		}

		/** Counts the whole JVM, not this thread: JODConverter's thread drives the conversion and its filters. */
		Clock stopWithWholeJvm() {
			wallMs = ms(wallStart);
			jvmMs = (JVM.getProcessCpuTime() - jvmStart) / 1_000_000;
			cpuMs = jvmMs + (officeCpuNanos() - officeStart) / 1_000_000;
			return this;
		}

		@Override
		public String toString() {
			return wallMs + " / " + cpuMs + (jvmMs < 0 ? "" : " (JVM " + jvmMs + ")");
		}

		private static long officeCpuNanos() {
			return ProcessHandle.current().descendants()
				.filter(p -> p.info().command().map(c -> c.contains("soffice")).orElse(false))
				.mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
				.sum();
		}
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}
}
