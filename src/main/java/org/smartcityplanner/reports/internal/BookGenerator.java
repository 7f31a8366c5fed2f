package org.smartcityplanner.reports.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.documents.DocumentDigest;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.reports.book.BookCancelledException;
import org.smartcityplanner.reports.book.BookInput;
import org.smartcityplanner.reports.book.MasterPlanBook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the files of one claimed job: reads the input, builds the book chapter by chapter (reporting progress
 * and stopping if cancelled), renders the DOCX and, when asked and possible, the PDF, and stores them.
 */
@Component
class BookGenerator {

	static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final BookInputLoader loader;
	private final DocumentsApi documents;
	private final MessageSource messages;
	private final JobStore jobs;
	private final FileStore files;
	private final AuditLog audit;
	private final TransactionTemplate transactions;
	private final Clock clock;

	BookGenerator(BookInputLoader loader, DocumentsApi documents, MessageSource messages, JobStore jobs, FileStore files,
			AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.loader = loader;
		this.documents = documents;
		this.messages = messages;
		this.jobs = jobs;
		this.files = files;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Runs the job to its end: done, cancelled or failed. */
	void run(JobStore.Claim claim) {
		ReportJob job = claim.job();
		try {
			step(claim, 2, "reports.step.reading");
			DocumentLanguage language = "en".equals(job.language()) ? DocumentLanguage.ENGLISH : DocumentLanguage.THAI;
			MessageBookTexts texts = new MessageBookTexts(messages, language, job.thaiNumerals());
			BookInput input = loader.load(job.province(), job.planVersionId(), texts);
			MasterPlanBook book = new MasterPlanBook();
			DocumentModel model = book.build(input, texts,
					(done, total) -> step(claim, 5 + 45 * done / total, "reports.step.chapters"));
			// the book prints its fingerprint in appendix B and keeps it in its properties; other models get one here
			if (!model.info().properties().containsKey("input-hash")) {
				model = model.withInfo(model.info().withProperty("input-hash", DocumentDigest.sha256(model)));
			}
			String hash = model.info().properties().get("input-hash");
			step(claim, 55, "reports.step.docx");
			byte[] docx = documents.docx(model);
			String baseName = baseName(job, language);
			step(claim, 65, job.withPdf() ? "reports.step.pdf" : "reports.step.saving");
			byte[] pdf = null;
			String note = null;
			if (job.withPdf()) {
				if (documents.pdfEngine().available()) {
					pdf = documents.pdfOfDocx(docx);
				}
				else {
					note = "reports.note.noPdfEngine";
				}
			}
			step(claim, 95, "reports.step.saving");
			byte[] pdfBytes = pdf;
			String outcome = note;
			transactions.executeWithoutResult(status -> {
				store(job, "docx", DOCX_TYPE, baseName + ".docx", docx, hash);
				if (pdfBytes != null) {
					store(job, "pdf", "application/pdf", baseName + ".pdf", pdfBytes, hash);
				}
				if (!jobs.finish(claim, JobState.DONE, outcome, null, clock.instant())) {
					status.setRollbackOnly();
				}
			});
		}
		catch (BookCancelledException cancelled) {
			end(claim, JobState.CANCELLED, "reports.note.cancelled", null);
		}
		catch (RuntimeException failure) {
			end(claim, JobState.FAILED, "reports.note.failed", failure.getClass().getSimpleName() + ": "
					+ failure.getMessage());
		}
	}

	private void step(JobStore.Claim claim, int percent, String key) {
		if (!jobs.progress(claim, percent, key, clock.instant())) {
			throw new BookCancelledException();
		}
	}

	private void end(JobStore.Claim claim, JobState state, String note, String detail) {
		transactions.executeWithoutResult(status -> {
			if (jobs.finish(claim, state, note, detail, clock.instant())) {
				audit.record(new AuditChange("report-job", claim.job().id(), state.name().toLowerCase(),
						claim.job().province(), null, Map.of("note", note)));
			}
		});
	}

	private void store(ReportJob job, String format, String type, String name, byte[] content, String hash) {
		GeneratedFile file = new GeneratedFile(UUID.randomUUID().toString(), job.id(), job.province(), job.kind(),
				format, job.language(), job.planVersionId(), job.planVersionName(), hash, name, content.length,
				job.requestedBy(), clock.instant());
		files.insert(file, type, content);
		audit.record(new AuditChange("report-file", file.id(), "generated", job.province(), null,
				Map.of("file", name, "planVersionId", job.planVersionId(), "inputHash", hash, "requestedBy",
						job.requestedBy(), "sizeBytes", content.length)));
	}

	/** "masterplan-TH-65-v12-th" ("-th-thai-digits" with Thai numerals): safe in any file system and URL. */
	private static String baseName(ReportJob job, DocumentLanguage language) {
		return "masterplan-" + job.province().value() + "-v" + job.planVersionId() + "-" + language.code()
				+ (job.thaiNumerals() ? "-thai-digits" : "");
	}
}
