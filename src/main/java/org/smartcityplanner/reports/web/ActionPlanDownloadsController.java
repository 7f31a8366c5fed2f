package org.smartcityplanner.reports.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases.ExportedFile;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases;
import jakarta.servlet.http.HttpServletRequest;

import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Downloads of the action-plan workbook and the proposal forms per budget source, made on demand (they take well
 * under a second) for the readers of the documents page. The province is checked by the scope interceptor.
 */
@Controller
@PreAuthorize(DocumentsController.READERS)
class ActionPlanDownloadsController {

	private final ActionPlanExportsUseCases exports;

	ActionPlanDownloadsController(ActionPlanExportsUseCases exports) {
		this.exports = exports;
	}

	@GetMapping("/p/{provinceCode}/documents/action-plan.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String provinceCode,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "false") boolean thaiNumerals,
			Locale locale) {
		return file(exports.workbook(ProvinceCode.of(provinceCode), language(language, locale), thaiNumerals));
	}

	@GetMapping("/p/{provinceCode}/documents/proposals/{sourceCode}.docx")
	ResponseEntity<byte[]> proposals(@PathVariable String provinceCode, @PathVariable String sourceCode,
			@RequestParam(required = false) String language, @RequestParam(defaultValue = "false") boolean thaiNumerals,
			Locale locale) {
		return file(exports.proposalForms(ProvinceCode.of(provinceCode), sourceCode, language(language, locale),
				thaiNumerals)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** Thai numerals asked for an English file: back to the documents page with the reason, nothing made. */
	@ExceptionHandler(InvalidInputException.class)
	String refused(InvalidInputException refused, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", refused.messageKey());
		@SuppressWarnings("unchecked")
		var variables = (java.util.Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return "redirect:/p/" + ProvinceCode.of(variables.get("provinceCode")).value() + "/documents";
	}

	static DocumentLanguage language(String asked, Locale locale) {
		if (asked == null || asked.isBlank()) {
			return DocumentLanguage.of(locale);
		}
		return "en".equals(asked) ? DocumentLanguage.ENGLISH : DocumentLanguage.THAI;
	}

	private static ResponseEntity<byte[]> file(ExportedFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}
}
