package org.smartcityplanner.documents.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XDocumentIndex;
import com.sun.star.text.XDocumentIndexesSupplier;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XCloseable;
import com.sun.star.util.XRefreshable;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.task.OfficeTask;
import org.jodconverter.local.office.LocalOfficeContext;
import org.jodconverter.local.office.LocalOfficeManager;
import org.smartcityplanner.documents.ThaiWords;

/**
 * Profiles the engine's PDF route step by step on one DOCX (e.g. the large book {@code bench/book.sh} leaves
 * behind): load, index refresh ({@code toc}), {@code refresh}, and PDF export {@code tagged} or {@code plain}
 * (untagged), each timed wall / CPU (LibreOffice's process plus this JVM). A variant is its steps joined by '+',
 * prefixed {@code marked:} to convert the copy with the Thai line-break marks the engine lays out. Variants run
 * alternately, round after round, in one running LibreOffice. Run: {@code bench/book-pdf-steps.sh}. Not a test.
 */
public final class BookPdfSteps {

	private static final com.sun.management.OperatingSystemMXBean JVM = (com.sun.management.OperatingSystemMXBean)
		java.lang.management.ManagementFactory.getOperatingSystemMXBean();

	public static void main(String[] args) throws Exception {
		Path docx = Path.of(args[0]);
		int rounds = Integer.parseInt(args[1]);
		LocalOfficeManager office = LocalOfficeManager.builder().officeHome(LibreOfficePdf.findOfficeHome("")
			.orElseThrow()).portNumbers(2093).processTimeout(60_000L).taskExecutionTimeout(1_200_000L)
			.disableOpengl(true).build();
		office.start();
		try {
			LibreOfficeWordCuts cuts = new LibreOfficeWordCuts(ThaiWords.get().listedWords());
			office.execute(cuts);
			Path marked = Files.createTempFile("book-marked", ".docx");
			Files.write(marked, PdfLineBreaks.apply(Files.readAllBytes(docx), cuts.cuts()));
			for (int round = 0; round < rounds; round++) {
				System.out.println("load average " + Files.readString(Path.of("/proc/loadavg")).trim());
				for (String variant : List.of(args).subList(2, args.length)) {
					Run run = new Run(variant.startsWith("marked:") ? marked.toFile() : docx.toFile(),
							variant.replace("marked:", "").split("\\+"));
					office.execute(run);
					System.out.printf(Locale.ROOT, "round %d %-30s %s%n", round, variant, run.times());
				}
			}
		}
		finally {
			office.stop();
		}
	}

	private static long cpuNanos() {
		return JVM.getProcessCpuTime() + ProcessHandle.current().descendants()
			.filter(p -> p.info().command().map(c -> c.contains("soffice")).orElse(false))
			.mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
	}

	private static final class Run implements OfficeTask {

		private final File input;
		private final String[] steps;
		private final StringBuilder times = new StringBuilder();
		private long wallMs;
		private long cpuMs;

		Run(File input, String[] steps) {
			this.input = input;
			this.steps = steps;
		}

		String times() {
			return String.format(Locale.ROOT, "total %d / %d ms |%s", wallMs, cpuMs, times);
		}

		@Override
		public void execute(OfficeContext context) throws OfficeException {
			try {
				XComponent[] doc = new XComponent[1];
				timed("load", () -> doc[0] = ((LocalOfficeContext) context).getComponentLoader()
					.loadComponentFromURL(url(input), "_blank", 0,
							properties(Map.of("Hidden", true, "ReadOnly", true, "UpdateDocMode", (short) 1))));
				for (String step : steps) {
					timed(step, () -> step(step, doc[0]));
				}
				UnoRuntime.queryInterface(XCloseable.class, doc[0]).close(true);
			}
			catch (Exception ex) {
				throw new OfficeException("profiling step failed", ex);
			}
		}

		private void step(String step, XComponent doc) throws Exception {
			switch (step) {
				case "toc" -> {
					var all = UnoRuntime.queryInterface(XDocumentIndexesSupplier.class, doc).getDocumentIndexes();
					for (int i = 0; i < all.getCount(); i++) {
						UnoRuntime.queryInterface(XDocumentIndex.class, all.getByIndex(i)).update();
					}
				}
				case "refresh" -> UnoRuntime.queryInterface(XRefreshable.class, doc).refresh();
				case "tagged", "plain" -> {
					Map<String, Object> data = step.equals("tagged")
							? Map.of("UseTaggedPDF", true, "ExportBookmarks", true, "ExportNotes", false) : Map.of();
					File out = File.createTempFile("book-steps", ".pdf");
					UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(url(out),
							properties(Map.of("FilterName", "writer_pdf_Export", "FilterData", properties(data))));
					times.append(" (").append(out.length() / 1024).append(" KiB)");
					Files.delete(out.toPath());
				}
				default -> throw new IllegalArgumentException("unknown step " + step);
			}
		}

		private void timed(String name, UnoStep step) throws Exception {
			long wall = System.nanoTime();
			long cpu = cpuNanos();
			step.run();
			long stepWall = (System.nanoTime() - wall) / 1_000_000;
			long stepCpu = (cpuNanos() - cpu) / 1_000_000;
			wallMs += stepWall;
			cpuMs += stepCpu;
			times.append(String.format(Locale.ROOT, " %s %d / %d", name, stepWall, stepCpu));
		}
	}

	private interface UnoStep {
		void run() throws Exception;
	}

	private static String url(File file) {
		return file.toURI().toString().replace("file:/", "file:///");
	}

	private static PropertyValue[] properties(Map<String, Object> values) {
		List<PropertyValue> list = new ArrayList<>();
		new LinkedHashMap<>(values).forEach((name, value) -> list.add(new PropertyValue(name, 0, value,
				com.sun.star.beans.PropertyState.DIRECT_VALUE)));
		return list.toArray(PropertyValue[]::new);
	}
}
