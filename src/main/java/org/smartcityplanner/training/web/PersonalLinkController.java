package org.smartcityplanner.training.web;

import org.smartcityplanner.publication.PdfNotAvailableException;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.PersonalLinkSheet;
import org.smartcityplanner.training.report.PersonalLinkFiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cohort's link sheet from the cohort and import pages: one form post issues the links and answers with the
 * file. It is a POST because it changes something (the links on it are new, earlier ones of those trainees end).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'COORDINATOR')")
class PersonalLinkController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final PersonalLinkFiles files;
	private final Problems problems;

	PersonalLinkController(PersonalLinkFiles files, Problems problems) {
		this.files = files;
		this.problems = problems;
	}

	@PostMapping("/p/{provinceCode}/training/{cohortId}/personal-links")
	ResponseEntity<byte[]> sheet(@PathVariable String provinceCode, @PathVariable long cohortId,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String format,
			RedirectAttributes redirect) {
		ProvinceCode province = ProvinceCode.of(provinceCode);
		try {
			return file(files, province, cohortId, scope, format);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("trainingError", problems.text(e));
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, "/p/" + province.value() + "/training/" + cohortId + "#personal-links").build();
	}

	/**
	 * The sheet as a download, for the page and the API alike.
	 *
	 * @throws InvalidInputException naming {@code scope} or {@code format} when either is not one of its values, or
	 *         when a PDF cannot be made on this node
	 */
	static ResponseEntity<byte[]> file(PersonalLinkFiles files, ProvinceCode province, long cohortId, String scope,
			String format) {
		PersonalLinkSheet.Scope parsedScope = PersonalLinkSheet.Scope.parse(scope);
		if (parsedScope == null) {
			throw new InvalidInputException("training.links.scope.invalid");
		}
		PersonalLinkFiles.Format parsedFormat = PersonalLinkFiles.Format.parse(format);
		if (parsedFormat == null) {
			throw new InvalidInputException("training.links.format.invalid");
		}
		try {
			var rendered = files.sheet(province, cohortId, parsedScope, parsedFormat);
			return ReportController.file(rendered, switch (parsedFormat) {
				case PDF -> MediaType.APPLICATION_PDF;
				case DOCX -> ReportController.DOCX;
				case CSV -> CSV;
			});
		}
		catch (PdfNotAvailableException e) {
			throw new InvalidInputException("training.links.pdfUnavailable");
		}
	}
}
