package org.smartcityplanner.training.web;

import java.util.NoSuchElementException;

import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.report.TrainingDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The cohort's training report for the people who run the training: DOCX, and XLSX of the raw figures. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class ReportController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TrainingDocuments documents;

	ReportController(TrainingDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/p/{provinceCode}/training/{cohortId}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable String provinceCode, @PathVariable long cohortId,
			@RequestParam(defaultValue = "false") boolean thaiNumerals) {
		try {
			return file(documents.reportDocx(ProvinceCode.of(provinceCode), cohortId, thaiNumerals), DOCX);
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@GetMapping("/p/{provinceCode}/training/{cohortId}/report.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String provinceCode, @PathVariable long cohortId,
			@RequestParam(defaultValue = "false") boolean thaiNumerals) {
		try {
			return file(documents.reportXlsx(ProvinceCode.of(provinceCode), cohortId, thaiNumerals), XLSX);
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	static ResponseEntity<byte[]> file(TrainingDocuments.Rendered rendered, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(rendered.fileName()).build().toString())
			.contentType(type)
			.body(rendered.content());
	}
}
