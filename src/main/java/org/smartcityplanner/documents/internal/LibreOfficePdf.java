package org.smartcityplanner.documents.internal;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.filter.DefaultFilterChain;
import org.jodconverter.local.filter.text.TableOfContentUpdaterFilter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.documents.PdfEngineStatus;
import org.smartcityplanner.documents.PdfUnavailableException;
import org.smartcityplanner.documents.ThaiWords;

/**
 * Turns DOCX into PDF with a LibreOffice process kept running by JODConverter (started on first use, restarted
 * if it dies, stopped with the application). LibreOffice lays out Thai with HarfBuzz (marks stacked) and breaks
 * lines between Thai words with its dictionary (corrected by {@link PdfLineBreaks}); fontconfig gives it Laksaman (fonts-thai-tlwg, metric-compatible
 * with TH SarabunPSK) for the font the DOCX names, and the PDF embeds it. Before printing, the table of contents
 * is refreshed so it carries the page numbers.
 */
public class LibreOfficePdf implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LibreOfficePdf.class);

	/** Fonts that can stand in for TH SarabunPSK; the first one installed is reported. */
	static final List<String> THAI_FONTS = List.of("TH SarabunPSK", "TH Sarabun New", "Laksaman", "Sarabun");

	private static final List<String> OFFICE_HOMES = List.of("/usr/lib/libreoffice", "/opt/libreoffice",
			"/usr/local/lib/libreoffice", "/Applications/LibreOffice.app/Contents");

	/**
	 * The PDF export's options: tagged (the public reads the book with screen readers), with bookmarks, without
	 * comments. Benchmarks give the command line the same options ({@link #commandLineFilter()}) so both routes
	 * do the same export.
	 */
	public static final Map<String, Boolean> PDF_EXPORT = Map.of("UseTaggedPDF", true, "ExportBookmarks", true,
			"ExportNotes", false);

	private final PdfEngineStatus status;
	private final File officeHome;
	private LocalOfficeManager manager;
	private Map<String, Set<Integer>> wordCuts = Map.of();

	/**
	 * @param configuredHome the LibreOffice installation to use, or blank to look in the usual places
	 */
	public LibreOfficePdf(String configuredHome) {
		this.officeHome = findOfficeHome(configuredHome).orElse(null);
		this.status = check(officeHome);
	}

	public PdfEngineStatus status() {
		return status;
	}

	/** Converts a DOCX to PDF. */
	public byte[] convert(byte[] docx) {
		if (!status.available()) {
			throw new PdfUnavailableException(status, null);
		}
		try {
			LocalOfficeManager office = manager();
			ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
			LocalConverter.builder()
				.officeManager(office)
				.filterChain(withoutClosingRefresh())
				.storeProperties(Map.of("FilterData", PDF_EXPORT))
				.build()
				.convert(new ByteArrayInputStream(PdfLineBreaks.apply(docx, wordCuts())))
				.as(DefaultDocumentFormatRegistry.DOCX)
				.to(out)
				.as(DefaultDocumentFormatRegistry.PDF)
				.execute();
			return out.toByteArray();
		}
		catch (OfficeException ex) {
			throw new IllegalStateException("LibreOffice could not convert the document: " + ex.getMessage(), ex);
		}
	}

	/**
	 * JODConverter ends every filter chain it builds with a refresh, which in Writer invalidates the layout of
	 * every page; nothing here needs it (the export lays out what the filters changed). On the large book the
	 * difference was within the noise of a shared machine (bench/book-pdf-steps.sh).
	 */
	private static DefaultFilterChain withoutClosingRefresh() {
		return new DefaultFilterChain(false, new ThaiPageNumbersFilter(), new TableOfContentUpdaterFilter(),
				new ThaiPageNumbersFilter.TableOfContentsDigits());
	}

	/**
	 * {@link #PDF_EXPORT} as {@code soffice --convert-to} takes it (JSON filter options, LibreOffice 7.4 and
	 * later): without them the command line exports untagged, about a tenth of the tagged file's size.
	 */
	public static String commandLineFilter() {
		StringBuilder json = new StringBuilder();
		PDF_EXPORT.forEach((name, value) -> json.append(json.isEmpty() ? "{" : ",").append('"').append(name)
			.append("\":{\"type\":\"boolean\",\"value\":\"").append(value).append("\"}"));
		return "pdf:writer_pdf_Export:" + json.append('}');
	}

	private synchronized LocalOfficeManager manager() throws OfficeException {
		if (manager == null || !manager.isRunning()) {
			LocalOfficeManager started = LocalOfficeManager.builder()
				.officeHome(officeHome)
				.portNumbers(freePort())
				.processTimeout(60_000L)
				.taskExecutionTimeout(600_000L)
				.taskQueueTimeout(1_800_000L)
				.maxTasksPerProcess(100)
				.disableOpengl(true)
				.build();
			started.start();
			manager = started;
			log.info("Started LibreOffice from {} for PDF output", officeHome);
			wordCuts = askWordCuts(started);
		}
		return manager;
	}

	private synchronized Map<String, Set<Integer>> wordCuts() {
		return wordCuts;
	}

	/**
	 * Where this LibreOffice would break the listed Thai words; none known (every letter joined, slower but
	 * safe) if it cannot say.
	 */
	private static Map<String, Set<Integer>> askWordCuts(LocalOfficeManager office) {
		LibreOfficeWordCuts cuts = new LibreOfficeWordCuts(ThaiWords.get().listedWords());
		try {
			office.execute(cuts);
			return cuts.cuts();
		}
		catch (OfficeException | RuntimeException ex) {
			log.warn("LibreOffice's Thai line breaks unknown, every letter of the listed words joined: {}",
					ex.getMessage());
			return Map.of();
		}
	}

	@Override
	public synchronized void close() {
		if (manager != null && manager.isRunning()) {
			try {
				manager.stop();
			}
			catch (OfficeException ex) {
				log.warn("LibreOffice did not stop cleanly: {}", ex.getMessage());
			}
		}
		manager = null;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			return 2002;
		}
	}

	static Optional<File> findOfficeHome(String configured) {
		Stream<String> candidates = configured != null && !configured.isBlank() ? Stream.of(configured)
				: OFFICE_HOMES.stream();
		return candidates.map(File::new).filter(home -> new File(home, "program/soffice.bin").isFile()
				|| new File(home, "program/soffice").isFile() || new File(home, "MacOS/soffice").isFile())
			.findFirst();
	}

	private static PdfEngineStatus check(File home) {
		if (home == null) {
			return PdfEngineStatus.missing("LibreOffice is not installed, so PDFs cannot be made (DOCX and XLSX "
					+ "work). Install it with: apt-get install libreoffice-writer-nogui fonts-thai-tlwg "
					+ "(or set scp.documents.office-home).");
		}
		Optional<String> font = thaiFont();
		if (font.isEmpty()) {
			return PdfEngineStatus.missing("No Thai font for PDFs (TH SarabunPSK, TH Sarabun New, Laksaman or "
					+ "Sarabun); install one with: apt-get install fonts-thai-tlwg.");
		}
		return PdfEngineStatus.ready("LibreOffice at " + home + ", Thai font " + font.get());
	}

	private static Optional<String> thaiFont() {
		try {
			Set<String> installed = Set.copyOf(Arrays.asList(
					GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
			return THAI_FONTS.stream().filter(installed::contains).findFirst();
		}
		catch (RuntimeException | Error ex) {
			return Optional.empty();
		}
	}
}
