package org.smartcityplanner.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases.ExportedFile;
import org.smartcityplanner.reports.internal.FileDownload;
import org.smartcityplanner.reports.internal.GeneratedFile;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The documents page over the API: ask for the master-plan book of a saved version (made in the background),
 * follow the jobs, list and download the files, and download the action-plan workbook and proposal forms.
 * Every document can be asked for with Thai numerals (Thai documents only; asked for an English one it is
 * refused, never dropped). Readers are the plan's team and working group; only editors ask for a book.
 */
@RestController
@PreAuthorize(DocumentsController.READERS)
@Tag(name = "Documents", description = "Master-plan book, action-plan workbook and proposal forms, with Thai numerals on request")
class DocumentsApiController {

	static final String API = "/api/v1/provinces/{provinceCode}/documents";

	private final ReportsUseCases reports;
	private final ActionPlanExportsUseCases exports;

	DocumentsApiController(ReportsUseCases reports, ActionPlanExportsUseCases exports) {
		this.reports = reports;
		this.exports = exports;
	}

	/**
	 * A request for the master-plan book.
	 *
	 * @param versionId    the saved plan version
	 * @param language     "th" (default) or "en"
	 * @param pdf          also make a PDF
	 * @param thaiNumerals print Thai numerals (๐-๙): page numbers, tables, dates, contents, text (Thai only)
	 */
	record BookRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long versionId, String language,
			Boolean pdf, Boolean thaiNumerals) {
	}

	@PostMapping(API + "/book")
	@PreAuthorize(DocumentsController.EDITORS)
	@Operation(summary = "Ask for the master-plan book of a saved version; the same request already queued is returned")
	ResponseEntity<ReportJob> book(@PathVariable String provinceCode, @RequestBody BookRequest body) {
		if (body == null || body.versionId() == null) {
			throw new InvalidInputException("reports.error.noVersion");
		}
		ReportJob job = reports.requestMasterPlanBook(ProvinceCode.of(provinceCode), body.versionId(),
				language(body.language()), Boolean.TRUE.equals(body.pdf()), Boolean.TRUE.equals(body.thaiNumerals()));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(job);
	}

	@GetMapping(API + "/jobs")
	@Operation(summary = "The province's latest book jobs, newest first")
	List<ReportJob> jobs(@PathVariable String provinceCode) {
		return reports.jobs(ProvinceCode.of(provinceCode), 50);
	}

	@GetMapping(API + "/jobs/{jobId}")
	@Operation(summary = "One book job: its state and progress")
	ReportJob job(@PathVariable String provinceCode, @PathVariable String jobId) {
		return reports.job(ProvinceCode.of(provinceCode), jobId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping(API + "/files")
	@Operation(summary = "The province's generated files, newest first")
	List<GeneratedFile> files(@PathVariable String provinceCode) {
		return reports.files(ProvinceCode.of(provinceCode));
	}

	@GetMapping(API + "/files/{fileId}")
	@Operation(summary = "Download a generated file (audited)")
	ResponseEntity<byte[]> file(@PathVariable String provinceCode, @PathVariable String fileId) {
		FileDownload download = reports.download(ProvinceCode.of(provinceCode), fileId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return attachment(download.file().fileName(), download.contentType(), download.content());
	}

	@GetMapping(API + "/action-plan.xlsx")
	@Operation(summary = "The action-plan workbook (audited); thaiNumerals=true for Thai digit formats")
	ResponseEntity<byte[]> workbook(@PathVariable String provinceCode,
			@RequestParam(defaultValue = "th") String language, @RequestParam(defaultValue = "false") boolean thaiNumerals) {
		return exported(exports.workbook(ProvinceCode.of(provinceCode), language(language), thaiNumerals));
	}

	@GetMapping(API + "/proposals/{sourceCode}.docx")
	@Operation(summary = "The proposal forms of one budget source (audited); thaiNumerals=true for Thai digits")
	ResponseEntity<byte[]> proposals(@PathVariable String provinceCode, @PathVariable String sourceCode,
			@RequestParam(defaultValue = "th") String language, @RequestParam(defaultValue = "false") boolean thaiNumerals) {
		return exported(exports.proposalForms(ProvinceCode.of(provinceCode), sourceCode, language(language), thaiNumerals)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** "th" or "en"; anything else is refused rather than taken for Thai. */
	private static DocumentLanguage language(String asked) {
		if (asked == null || asked.isBlank() || "th".equals(asked)) {
			return DocumentLanguage.THAI;
		}
		if ("en".equals(asked)) {
			return DocumentLanguage.ENGLISH;
		}
		throw new InvalidInputException("reports.error.language", asked);
	}

	private static ResponseEntity<byte[]> exported(ExportedFile file) {
		return attachment(file.fileName(), file.contentType(), file.content());
	}

	private static ResponseEntity<byte[]> attachment(String name, String type, byte[] content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(type))
			.body(content);
	}
}
