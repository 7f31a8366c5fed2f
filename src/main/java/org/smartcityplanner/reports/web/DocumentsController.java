package org.smartcityplanner.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases;
import org.smartcityplanner.reports.internal.FileDownload;
import org.smartcityplanner.reports.internal.ReportJob;
import org.smartcityplanner.reports.internal.ReportsUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The province's documents page: generate the master-plan book of a saved version in the background, follow
 * its progress (htmx polling of the jobs table), cancel it, download the files. Readers are the plan's team and
 * working group; only editors generate and cancel. The province itself is checked by the scope interceptor.
 */
@Controller
@PreAuthorize(DocumentsController.READERS)
class DocumentsController {

	static final String READERS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR', 'WORKING_GROUP')";
	static final String EDITORS = "hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')";
	private static final int JOBS_SHOWN = 10;

	private final ReportsUseCases reports;
	private final PlanApi plans;
	private final ActionPlanExportsUseCases actionPlanExports;

	DocumentsController(ReportsUseCases reports, PlanApi plans, ActionPlanExportsUseCases actionPlanExports) {
		this.reports = reports;
		this.plans = plans;
		this.actionPlanExports = actionPlanExports;
	}

	@GetMapping("/p/{provinceCode}/documents")
	String page(@PathVariable String provinceCode, Model model) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		List<PlanVersionSummary> versions = plans.versions(province);
		model.addAttribute("versions", versions);
		model.addAttribute("files", reports.files(province));
		model.addAttribute("pdfEngine", reports.pdfEngine());
		model.addAttribute("hasActionPlan", actionPlanExports.hasActionPlan(province));
		model.addAttribute("actionPlanSources", actionPlanExports.fundingSources(province));
		jobs(province, model);
		return "reports/documents";
	}

	@GetMapping("/p/{provinceCode}/documents/jobs")
	String jobsPartial(@PathVariable String provinceCode, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		if (!"true".equals(htmx)) {
			return "redirect:/p/" + ProvinceCode.of(provinceCode).value() + "/documents";
		}
		ProvinceCode province = ProvinceCode.of(provinceCode);
		jobs(province, model);
		model.addAttribute("files", reports.files(province));
		return "reports/partials/jobs";
	}

	@PostMapping("/p/{provinceCode}/documents/book")
	@PreAuthorize(EDITORS)
	String generate(@PathVariable String provinceCode, @RequestParam(required = false) Long versionId,
			@RequestParam(defaultValue = "th") String language, @RequestParam(defaultValue = "false") boolean pdf,
			@RequestParam(defaultValue = "false") boolean thaiNumerals, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		if (versionId == null) {
			redirect.addFlashAttribute("flashError", "reports.error.noVersion");
		}
		else {
			try {
				reports.requestMasterPlanBook(province, versionId,
						"en".equals(language) ? DocumentLanguage.ENGLISH : DocumentLanguage.THAI, pdf, thaiNumerals);
				redirect.addFlashAttribute("flashSuccess", "reports.queued");
			}
			catch (InvalidInputException refused) {
				redirect.addFlashAttribute("flashError", refused.messageKey());
			}
		}
		return "redirect:/p/" + province.value() + "/documents";
	}

	@PostMapping("/p/{provinceCode}/documents/jobs/{jobId}/cancel")
	@PreAuthorize(EDITORS)
	String cancel(@PathVariable String provinceCode, @PathVariable String jobId, RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		reports.job(province, jobId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean cancelled = reports.cancel(province, jobId);
		redirect.addFlashAttribute(cancelled ? "flashSuccess" : "flashError",
				cancelled ? "reports.cancelRequested" : "reports.alreadyEnded");
		return "redirect:/p/" + province.value() + "/documents";
	}

	@GetMapping("/p/{provinceCode}/documents/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable String provinceCode, @PathVariable String fileId) {
		FileDownload download = reports.download(ProvinceCode.of(provinceCode), fileId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(download.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(download.contentType()))
			.body(download.content());
	}

	private void jobs(ProvinceCode province, Model model) {
		List<ReportJob> jobs = reports.jobs(province, JOBS_SHOWN);
		model.addAttribute("jobs", jobs);
		model.addAttribute("anyActive", jobs.stream().anyMatch(job -> job.state().isActive()));
	}
}
