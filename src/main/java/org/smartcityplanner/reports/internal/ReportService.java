package org.smartcityplanner.reports.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.documents.PdfEngineStatus;
import org.smartcityplanner.identity.IdentityApi;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queues, lists, cancels and serves generated documents; audits each of those. */
@Service
class ReportService implements ReportsUseCases {

	private final JobStore jobs;
	private final FileStore files;
	private final BookInputLoader loader;
	private final DocumentsApi documents;
	private final AuditLog audit;
	private final IdentityApi identity;
	private final Clock clock;

	ReportService(JobStore jobs, FileStore files, BookInputLoader loader, DocumentsApi documents, AuditLog audit,
			IdentityApi identity, Clock clock) {
		this.jobs = jobs;
		this.files = files;
		this.loader = loader;
		this.documents = documents;
		this.audit = audit;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ReportJob requestMasterPlanBook(ProvinceCode province, long planVersionId, DocumentLanguage language,
			boolean withPdf, boolean thaiNumerals) {
		if (thaiNumerals && language != DocumentLanguage.THAI) {
			throw new InvalidInputException("reports.error.thaiNumeralsInEnglish");
		}
		PlanVersionSummary version = loader.version(province, planVersionId);
		Optional<ReportJob> running = jobs.active(province, ReportKind.MASTER_PLAN_BOOK, planVersionId,
				language.code(), withPdf, thaiNumerals);
		if (running.isPresent()) {
			return running.get();
		}
		ReportJob job = new ReportJob(UUID.randomUUID().toString(), province, ReportKind.MASTER_PLAN_BOOK,
				version.id(), version.name(), language.code(), withPdf, JobState.QUEUED, 0, null, false, actor(),
				clock.instant(), null, null, thaiNumerals);
		jobs.insert(job);
		audit.record(new AuditChange("report-job", job.id(), "requested", province, null,
				Map.of("kind", job.kind().name(), "planVersionId", planVersionId, "language", language.code(),
						"pdf", withPdf, "thaiNumerals", thaiNumerals)));
		return job;
	}

	@Override
	@Transactional
	public ReportJob requestMasterPlanBook(ProvinceCode province, long planVersionId, DocumentLanguage language,
			boolean withPdf) {
		return requestMasterPlanBook(province, planVersionId, language, withPdf, false);
	}

	@Override
	public List<ReportJob> jobs(ProvinceCode province, int limit) {
		return jobs.ofProvince(province, limit);
	}

	@Override
	public Optional<ReportJob> job(ProvinceCode province, String jobId) {
		return jobs.find(jobId).filter(job -> job.province().equals(province));
	}

	@Override
	@Transactional
	public boolean cancel(ProvinceCode province, String jobId) {
		if (job(province, jobId).isEmpty() || !jobs.cancel(jobId, clock.instant())) {
			return false;
		}
		audit.record(new AuditChange("report-job", jobId, "cancel-requested", province, null, null));
		return true;
	}

	@Override
	public List<GeneratedFile> files(ProvinceCode province) {
		return files.ofProvince(province);
	}

	@Override
	@Transactional
	public Optional<FileDownload> download(ProvinceCode province, String fileId) {
		Optional<FileDownload> found = files.find(province, fileId);
		found.ifPresent(download -> audit.record(new AuditChange("report-file", fileId, "downloaded", province, null,
				Map.of("file", download.file().fileName()))));
		return found;
	}

	@Override
	public PdfEngineStatus pdfEngine() {
		return documents.pdfEngine();
	}

	private String actor() {
		return identity.actorName();
	}
}
