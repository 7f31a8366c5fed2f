package org.smartcityplanner.reports.internal;

import java.util.List;
import java.util.Optional;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.PdfEngineStatus;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Generated documents of a province: ask for one (it is made in the background by any node), follow and cancel
 * the job, list and download the files. Every request, cancellation, finished file and download is audited.
 * Internal to the reports module: only its documents page uses it (no other module asks for generated files).
 */
public interface ReportsUseCases {

	/**
	 * Queues the master-plan book of a saved plan version, with Thai numerals (๐-๙) in text, tables, charts, dates,
	 * the contents and page numbers when asked; if the same book (version, language, PDF, digits) is already
	 * queued or running, that job is returned instead of a second one.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the version is not one of the province's, or
	 *         Thai numerals are asked for an English book
	 */
	ReportJob requestMasterPlanBook(ProvinceCode province, long planVersionId, DocumentLanguage language,
			boolean withPdf, boolean thaiNumerals);

	/** The book with Western digits. */
	ReportJob requestMasterPlanBook(ProvinceCode province, long planVersionId, DocumentLanguage language,
			boolean withPdf);

	/** The province's jobs, newest first (at most {@code limit}). */
	List<ReportJob> jobs(ProvinceCode province, int limit);

	Optional<ReportJob> job(ProvinceCode province, String jobId);

	/**
	 * Cancels a job: a queued one at once, a running one after its current chapter.
	 *
	 * @return whether the job was still active
	 */
	boolean cancel(ProvinceCode province, String jobId);

	/** The province's generated files, newest first. */
	List<GeneratedFile> files(ProvinceCode province);

	/** A file with its content, audited as downloaded. */
	Optional<FileDownload> download(ProvinceCode province, String fileId);

	/** Whether PDFs can be made. */
	PdfEngineStatus pdfEngine();
}
